// A Facts row keeps the mention it was made for: rows VS Code still shows from an older result (the refresh window
// after an edit) keep their own mention's wording and sentence, never list the newer result's mentions, and a
// click on one selects its mention where the edit moved it.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { FactsTreeNode } from '../../src/views/factNodes';
import { discard, newsLens, treeItemLabel, untitled, waitFor } from './support';

describe('facts tree rows across an edit', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await newsLens();
  });
  after(async () => {
    if (editor) await discard(editor);
  });

  it('a mention row made before an edit keeps its wording and sentence, lists none of the newer result\'s, and a click selects its mention where it now is', async () => {
    editor = await untitled('news', 'Emmanuel Macron met reporters on Monday. Macron said little.\n');
    await waitFor(() => api.factsTree.activeDocument === editor.document && api.factsTree.getChildren().length > 0, 'the tree to show the draft');
    const people = api.factsTree.getChildren(api.factsTree.getChildren()[0]);
    const macron = people.find((node) => treeItemLabel(api.factsTree.getTreeItem(node)) === 'Emmanuel Macron') as FactsTreeNode;
    assert.ok(macron, `no Emmanuel Macron row: ${people.map((node) => treeItemLabel(api.factsTree.getTreeItem(node))).join(', ')}`);
    const rows = api.factsTree.getChildren(macron);
    assert.strictEqual(rows.length, 2);
    const before = api.analysisFor(editor.document.uri);
    await before;
    // New facts before Macron's: in the new result, his mentions have other indices.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Angela Merkel and Olaf Scholz arrived in Paris. '));
    const after = await api.analysisFor(editor.document.uri);
    assert.ok(after && after.entities.some((entity) => entity.name === 'Angela Merkel'), 'no new result after the edit');
    assert.deepStrictEqual(rows.map((row) => treeItemLabel(api.factsTree.getTreeItem(row))), ['Emmanuel Macron', 'Macron'], 'an old row now carries another mention\'s wording');
    // The tooltip's sentence was read with the row, from the text before the edit.
    const sentences = rows.map((row) => (api.factsTree.getTreeItem(row).tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '));
    assert.deepStrictEqual(sentences, ['**Emmanuel Macron** met reporters on Monday.', '**Macron** said little.'], 'an old row\'s sentence is not the text it was made from');
    assert.deepStrictEqual(api.factsTree.getChildren(macron), [], 'an old entity row listed mentions from the newer result');
    for (const [row, wording] of [[rows[0], 'Emmanuel Macron'], [rows[1], 'Macron']] as const) {
      const command = api.factsTree.getTreeItem(row).command;
      assert.ok(command, 'the row has no click');
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const active = vscode.window.activeTextEditor;
      assert.strictEqual(active?.document.getText(active.selection), wording, 'a click on an old row selected another text');
    }
  });
});
