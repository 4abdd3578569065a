// Tells the user once per file when it was too large to annotate whole.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { isPartial } from './isPartial';

/** Shows a one-time information message the first time a document's analysis comes back partial. */
export class TruncationNotice implements vscode.Disposable {
  /** Documents already told about, by the open document (a new draft may take a closed one's "Untitled-1"). */
  private readonly told = new WeakSet<vscode.TextDocument>();
  private readonly subscription: vscode.Disposable;

  constructor(cache: AnalysisCache, log: (message: string) => void) {
    this.subscription = cache.onDidAnalyse(({ document, analysis }) => {
      if (!analysis || !isPartial(document, analysis) || this.told.has(document)) return;
      this.told.add(document);
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
