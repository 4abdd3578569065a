// The Facts tree: kinds → entities (with counts) → mentions that reveal themselves when clicked.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { FactsTreeNode } from '../../src/views/factNodes';
import { needsSeedArticle, newsLens, showAndAnalyse, treeItemLabel, waitFor, workspaceUri } from './support';

describe('facts tree', () => {
  let api: NewsLensApi;
  let editor: vscode.TextEditor;
  let kinds: FactsTreeNode[];

  before(async () => {
    api = await newsLens();
    editor = await showAndAnalyse(workspaceUri('sample-article.news'));
    await waitFor(() => api.factsTree.getChildren().length > 0, 'the tree to show the active article');
    kinds = (await api.factsTree.getChildren()).filter((node) => node.type === 'kind'); // the Checks group comes after them
  });

  it('lists kinds with their fact counts, people first', () => {
    const labels = kinds.map((node) => treeItemLabel(api.factsTree.getTreeItem(node)));
    assert.ok(labels.every((label) => ['People', 'Organizations', 'Places', 'Dates', 'Figures', 'Quotes'].includes(label)), labels.join(', '));
    assert.strictEqual(labels[0], 'People', labels.join(', '));
    for (const node of kinds) {
      const item = api.factsTree.getTreeItem(node);
      assert.strictEqual(item.description, String(api.factsTree.getChildren(node).length));
    }
  });

  it('groups Mikhail Mishustin\'s mentions under one entity with its count', async function () {
    needsSeedArticle(this);
    const seed = await showAndAnalyse(workspaceUri('seed-article.news'));
    await waitFor(() => api.factsTree.activeDocument === seed.document, 'the tree to show the seed article');
    const people = api.factsTree.getChildren(api.factsTree.getChildren()[0]);
    const mishustin = people.find((node) => treeItemLabel(api.factsTree.getTreeItem(node)) === 'Mikhail Mishustin');
    assert.ok(mishustin, `people: ${people.map((node) => treeItemLabel(api.factsTree.getTreeItem(node))).join(', ')}`);
    const mentions = api.factsTree.getChildren(mishustin);
    assert.ok(mentions.length >= 3, `only ${mentions.length} mentions of Mishustin`);
    assert.strictEqual(api.factsTree.getTreeItem(mishustin).description, `${mentions.length} mentions`);
    // A mention row reads as the mention is written, its line beside it.
    assert.strictEqual(treeItemLabel(api.factsTree.getTreeItem(mentions[0])), 'Mikhail Mishustin');
    assert.strictEqual(api.factsTree.getTreeItem(mentions[0]).description, 'line 1');
  });

  it('reveals and selects a mention when its row is clicked', async () => {
    const entity = api.factsTree.getChildren(kinds[kinds.length - 1])[0];
    const mention = api.factsTree.getChildren(entity).at(-1);
    assert.ok(mention, 'no mention row');
    const command = api.factsTree.getTreeItem(mention).command;
    assert.ok(command, 'mention rows have no command');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('notes.md')));
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document.uri.toString(), editor.document.uri.toString());
    const [, range] = command.arguments as [vscode.Uri, vscode.Range];
    assert.ok(active.selection.isEqual(new vscode.Selection(range.start, range.end)), `selection ${JSON.stringify(active.selection)}`);
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis?.mentions.some((candidate) => candidate.text === active.document.getText(active.selection)));
  });

  it('follows the active editor and empties for a file that is not an article', async () => {
    await showAndAnalyse(workspaceUri('notes.md'));
    await waitFor(() => api.factsTree.activeDocument?.uri.path.endsWith('notes.md') === true, 'the tree to follow notes.md');
    await showAndAnalyse(workspaceUri('code.js'));
    await waitFor(() => api.factsTree.getChildren().length === 0, 'the tree to empty for code.js');
  });
});
