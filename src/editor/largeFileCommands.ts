// The two actions at the cut of a large file: analyse the rest of it now (this file, while it stays open), or open the
// newsLens.maxCharacters setting to raise the limit for every file.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { documentLength, isPartial } from './isPartial';

/** Analyses the whole document, past newsLens.maxCharacters, until it is closed. */
export const ANALYSE_WHOLE_FILE_COMMAND = 'newsLens.analyseWholeFile';
/** Opens the Settings editor at newsLens.maxCharacters. */
export const OPEN_LIMIT_SETTING_COMMAND = 'newsLens.openCharacterLimitSetting';

/** Registers both; "Analyse All" takes `{ uri }` (from a link or the notice), else the active editor's document, and
 *  returns the new analysis (for tests). */
export function registerLargeFileCommands(cache: AnalysisCache): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ANALYSE_WHOLE_FILE_COMMAND, async (argument?: unknown) => {
      const uri = typeof (argument as { uri?: unknown } | undefined)?.uri === 'string' ? (argument as { uri: string }).uri : undefined;
      const document = uri ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
      const analysis = document && cache.get(document);
      if (!document || !analysis || !isPartial(document, analysis)) {
        vscode.window.setStatusBarMessage('News Lens: this file is already analysed whole', 3000);
        return document && cache.get(document);
      }
      return vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `News Lens: analysing all ${documentLength(document).toLocaleString('en-US')} characters` },
        () => cache.analyseWhole(document),
      );
    }),
    vscode.commands.registerCommand(OPEN_LIMIT_SETTING_COMMAND, () => vscode.commands.executeCommand('workbench.action.openSettings', '@id:newsLens.maxCharacters')),
  ];
}

