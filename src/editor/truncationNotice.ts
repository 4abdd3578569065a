// Tells the user once per file when it was too large to annotate whole, with the actions the note at the cut offers:
// analyse all of it, or open the setting.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { cutNoticeText, CUT_ACTIONS } from './cutWording';
import { documentName } from './documentName';
import { isPartial } from './isPartial';
import { ANALYSE_WHOLE_FILE_COMMAND, OPEN_LIMIT_SETTING_COMMAND } from './largeFileCommands';

/** Shows a one-time information message the first time a document's analysis comes back partial. */
export class TruncationNotice implements vscode.Disposable {
  /** Documents already told about, by the open document (a new draft may take a closed one's "Untitled-1"). */
  private readonly told = new WeakSet<vscode.TextDocument>();
  private readonly subscription: vscode.Disposable;

  constructor(cache: AnalysisCache, log: (message: string) => void) {
    this.subscription = cache.onDidAnalyse(({ document, analysis }) => {
      if (!analysis || !isPartial(document, analysis) || this.told.has(document)) return;
      this.told.add(document);
      const limit = cache.characterLimit(document);
      const path = document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri);
      log(`News Lens annotated only the first ${analysis.analysedChars.toLocaleString('en-US')} characters of ${path}: the file is larger than the newsLens.maxCharacters setting (${limit.toLocaleString('en-US')}).`);
      void vscode.window.showInformationMessage(cutNoticeText(documentName(document.uri), limit), CUT_ACTIONS.analyseAll, CUT_ACTIONS.openSetting).then((choice) => {
        if (choice === CUT_ACTIONS.analyseAll) void vscode.commands.executeCommand(ANALYSE_WHOLE_FILE_COMMAND, { uri: document.uri.toString() });
        else if (choice === CUT_ACTIONS.openSetting) void vscode.commands.executeCommand(OPEN_LIMIT_SETTING_COMMAND);
      });
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
