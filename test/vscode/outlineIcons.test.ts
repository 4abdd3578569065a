// The Outline's icons: each kind of fact has its own symbol kind, and so its own codicon, distinct from the others'
// and from the kind headings' (Object, Module and Namespace all draw the same braces).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { showAndAnalyse, workspaceUri } from './support';

describe('outline icons', () => {
  it('gives people, organizations, places, dates, figures and quotes each their own symbol kind, apart from the headings\'', async () => {
    const { document } = await showAndAnalyse(workspaceUri('sample-article.news'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const kindsOf = (heading: string) => [...new Set(symbols.find((symbol) => symbol.name === heading)?.children.map((child) => child.kind))];
    assert.deepStrictEqual(
      Object.fromEntries(['People', 'Organizations', 'Places', 'Dates', 'Figures', 'Quotes'].map((heading) => [heading, kindsOf(heading)])),
      {
        People: [vscode.SymbolKind.Variable],
        Organizations: [vscode.SymbolKind.Class],
        Places: [vscode.SymbolKind.Struct],
        Dates: [vscode.SymbolKind.Event],
        Figures: [vscode.SymbolKind.Number],
        Quotes: [vscode.SymbolKind.String],
      },
    );
    assert.deepStrictEqual([...new Set(symbols.map((symbol) => symbol.kind))], [vscode.SymbolKind.Namespace], 'the kind headings');
  });
});
