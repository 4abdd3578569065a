// The toggle commands: one per kind, all kinds, and News Lens on/off for the current file.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind } from '../engine/types';
import type { NewsLensSettings } from '../config/newsLensSettings';
import { writeSetting } from '../config/writeSetting';
import type { ArticleFilter } from './articleFilter';

/**
 * Flips `newsLens.highlight.<kind>` for each kind given. It writes where the value is set: the workspace if the
 * workspace sets it, otherwise the user settings.
 */
export async function toggleKinds(settings: NewsLensSettings, kinds: readonly FactKind[]): Promise<void> {
  const current = settings.current.highlight;
  const turnOn = kinds.length === 1 ? !current[kinds[0]] : kinds.every((kind) => !current[kind]);
  for (const kind of kinds) await writeSetting(`highlight.${kind}`, turnOn);
}

/** Registers `newsLens.toggle.<kind>`, `newsLens.toggleAll` and `newsLens.toggleForFile`. */
export function registerToggleCommands(settings: NewsLensSettings, filter: ArticleFilter): vscode.Disposable[] {
  return [
    ...FACT_KINDS.map((kind) => vscode.commands.registerCommand(`newsLens.toggle.${kind}`, () => toggleKinds(settings, [kind]))),
    vscode.commands.registerCommand('newsLens.toggleAll', () => toggleKinds(settings, FACT_KINDS)),
    vscode.commands.registerCommand('newsLens.toggleForFile', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return undefined;
      const on = await filter.toggle(document);
      vscode.window.setStatusBarMessage(`News Lens ${on ? 'on' : 'off'} for ${document.fileName}`, 3000);
      return on;
    }),
  ];
}
