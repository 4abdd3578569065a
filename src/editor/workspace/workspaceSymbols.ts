// Go to Symbol in Workspace (Ctrl+T): every person, organization and place of the workspace index, once per article
// that mentions it, at its first mention there, with the kind's outline icon.
import * as vscode from 'vscode';
import { KIND_LABELS } from '../../format/factGroups';
import { SYMBOL_KINDS } from '../factSymbolProvider';
import type { WorkspaceIndex } from './workspaceIndex';

/** Symbols handed back at most for one query (VS Code scores and sorts them). */
const MAX_SYMBOLS = 500;

/** Answers from the index only: nothing is read or analysed while the user types the query. */
export class WorkspaceFactSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const symbols: vscode.SymbolInformation[] = [];
    const needle = query.toLowerCase().replace(/\s+/g, '');
    for (const entity of this.index.entities()) {
      if (token.isCancellationRequested || symbols.length >= MAX_SYMBOLS) break;
      if (!inOrder(needle, entity.name.toLowerCase())) continue;
      for (const use of entity.articles) {
        const article = this.index.articleAt(use.path);
        if (!article) continue;
        const range = new vscode.Range(article.position(use.first.start), article.position(use.first.end));
        const container = `${KIND_LABELS[entity.kind].one} · ${use.path} · ${use.mentions} mention${use.mentions === 1 ? '' : 's'}`;
        symbols.push(new vscode.SymbolInformation(entity.name, SYMBOL_KINDS[entity.kind], container, new vscode.Location(article.uri, range)));
      }
    }
    return symbols;
  }
}

/** True when the query's characters appear in the name in order (VS Code's own rule of thumb for these queries). */
function inOrder(needle: string, name: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = name.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
