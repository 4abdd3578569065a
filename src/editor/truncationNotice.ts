// Tells the user once per file when it was too large to annotate whole.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { isPartial } from './isPartial';

/** Shows a one-time information message the first time a document's analysis comes back partial. */
export class TruncationNotice implements vscode.Disposable {
  private readonly told = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(cache: AnalysisCache, log: (message: string) => void) {
    this.subscription = cache.onDidAnalyse(({ document, analysis }) => {
      const key = document.uri.toString();
      if (!analysis || !isPartial(document, analysis) || this.told.has(key)) return;
      this.told.add(key);
      const name = document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri);
      const message = `News Lens annotated only the first ${analysis.analysedChars.toLocaleString('en-US')} characters of ${name}: the file is larger than the newsLens.maxCharacters setting.`;
      log(message);
      void vscode.window.showInformationMessage(message);
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
