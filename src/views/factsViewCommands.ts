// The Facts view's title-bar commands: filter by text, sort, choose kinds, and switch between one article, all open
// articles and the whole workspace.
import * as vscode from 'vscode';
import { FACT_KINDS, type FactKind } from '../engine/types';
import type { FactOrder } from '../config/newsLensConfig';
import type { NewsLensSettings } from '../config/newsLensSettings';
import { writeSetting } from '../config/writeSetting';
import { KIND_LABELS } from '../format/factGroups';
import type { FactsView } from './factsView';

const ORDERS: readonly { order: FactOrder; label: string }[] = [
  { order: 'firstMention', label: 'By first mention' },
  { order: 'mentions', label: 'By number of mentions' },
];

/** Registers the commands; each takes its answer as an argument (keybindings, tests) or asks with a quick pick. */
export function registerFactsViewCommands(view: FactsView, settings: NewsLensSettings): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('newsLens.filterFacts', async (text?: string) => {
      const query = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: 'News Lens: Filter Facts', prompt: 'Show only facts whose name, role or wording contains this text', value: view.provider.filterText,
      });
      if (query !== undefined) view.filterFacts(query);
    }),
    vscode.commands.registerCommand('newsLens.clearFactsFilter', () => view.filterFacts('')),
    vscode.commands.registerCommand('newsLens.sortFacts', async (order?: FactOrder) => {
      const chosen = ORDERS.some((candidate) => candidate.order === order) ? order : (await vscode.window.showQuickPick(
        ORDERS.map((candidate) => ({ ...candidate, picked: candidate.order === settings.current.sidebar.sortBy })), { title: 'News Lens: Sort Facts' }))?.order;
      if (chosen) await writeSetting('sidebar.sortBy', chosen);
    }),
    vscode.commands.registerCommand('newsLens.chooseFactKinds', async (kinds?: FactKind[]) => {
      const chosen = Array.isArray(kinds) ? kinds : (await vscode.window.showQuickPick(
        FACT_KINDS.map((kind) => ({ factKind: kind, label: KIND_LABELS[kind].many, picked: settings.current.sidebar.kinds.includes(kind) })),
        { title: 'News Lens: Show Kinds in the Facts View', canPickMany: true }))?.map((item) => item.factKind);
      if (chosen) await writeSetting('sidebar.kinds', FACT_KINDS.filter((kind) => chosen.includes(kind)));
    }),
    vscode.commands.registerCommand('newsLens.toggleFactsScope', () =>
      writeSetting('sidebar.scope', settings.current.sidebar.scope === 'activeArticle' ? 'openArticles' : 'activeArticle')),
    vscode.commands.registerCommand('newsLens.showWorkspaceFacts', () => writeSetting('sidebar.scope', 'workspace')),
    vscode.commands.registerCommand('newsLens.showArticleFacts', () => writeSetting('sidebar.scope', 'activeArticle')),
  ];
}
