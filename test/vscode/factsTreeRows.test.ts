// A Facts row keeps the mention it was made for: rows VS Code still shows from an older result (the refresh window
// after an edit) never turn into another mention of the newer one when drawn or clicked.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { FactsTreeNode } from '../../src/views/factNodes';
import { discard, newsLens, untitled, waitFor } from './support';

/** A tree item's label as a string. */
function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

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

  it('a mention row made before an edit still shows and reveals its own mention after the new result lands', async () => {
    editor = await untitled('news', 'Emmanuel Macron met reporters on Monday. Macron said little.\n');
    await waitFor(() => api.factsTree.activeDocument === editor.document && api.factsTree.getChildren().length > 0, 'the tree to show the draft');
    const people = api.factsTree.getChildren(api.factsTree.getChildren()[0]);
    const macron = people.find((node) => labelOf(api.factsTree.getTreeItem(node)) === 'Emmanuel Macron') as FactsTreeNode;
    assert.ok(macron, `no Emmanuel Macron row: ${people.map((node) => labelOf(api.factsTree.getTreeItem(node))).join(', ')}`);
    const rows = api.factsTree.getChildren(macron);
    assert.strictEqual(rows.length, 2);
    const before = api.analysisFor(editor.document.uri);
    await before;
    // New facts before Macron's: in the new result, his mentions have other indices.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Angela Merkel and Olaf Scholz arrived in Paris. '));
    const after = await api.analysisFor(editor.document.uri);
    assert.ok(after && after.entities.some((entity) => entity.name === 'Angela Merkel'), 'no new result after the edit');
    for (const row of rows) {
      const item = api.factsTree.getTreeItem(row);
      assert.match(String(item.tooltip), /Macron/, `an old row now shows another mention: ${labelOf(item)}`);
      const [, range] = item.command?.arguments ?? [];
      assert.ok(range instanceof vscode.Range, 'the row reveals no range');
    }
    assert.deepStrictEqual(api.factsTree.getChildren(macron), [], 'an old entity row listed mentions from the newer result');
  });
});
