// Navigating the seed article by its facts: mention highlights, Find All References, Rename Symbol and the outline.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { SEED_FACTS } from '../fixtures/seedArticle';
import { discard, needsSeedArticle, newsLens, showAndAnalyse, untitled, workspaceUri } from './support';

/** The position inside the n-th occurrence of `needle`. */
function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" is not in ${document.uri.toString()}`);
  return document.positionAt(index + 1);
}

/** Every range of `needle` in the document, in order. */
function rangesOf(document: vscode.TextDocument, needle: string): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  for (let at = document.getText().indexOf(needle); at >= 0; at = document.getText().indexOf(needle, at + needle.length)) {
    ranges.push(new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length)));
  }
  return ranges;
}

function describeRanges(document: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((range) => `${document.getText(range)}@${range.start.line}:${range.start.character}`);
}

describe('navigating by facts', () => {
  let document: vscode.TextDocument;
  let originalText: string;

  before(async function () {
    needsSeedArticle(this);
    document = (await showAndAnalyse(workspaceUri('seed-article.news'))).document;
    originalText = document.getText();
  });

  it('cursor on "Mishustin" highlights every mention of Mikhail Mishustin, full name included', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'Mishustin is on'));
    const expected = [rangesOf(document, 'Mikhail Mishustin')[0], ...rangesOf(document, 'Mishustin').slice(1)];
    assert.deepStrictEqual(describeRanges(document, highlights.map((highlight) => highlight.range)), describeRanges(document, expected));
  });

  it('Find All References on "Putin" lists "Vladimir Putin" and "Putin" with their exact ranges', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Putin and Xi'));
    assert.ok(locations.every((location) => location.uri.toString() === document.uri.toString()));
    const expected = [rangesOf(document, 'Vladimir Putin')[0], rangesOf(document, 'Putin')[1]];
    assert.deepStrictEqual(describeRanges(document, locations.map((location) => location.range)), describeRanges(document, expected));
  });

  it('lists the article\'s facts by kind in the outline, each at its first mention', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const kinds = symbols.map((symbol) => symbol.name);
    // VS Code orders symbols by position; each kind is there once.
    assert.deepStrictEqual([...kinds].sort(), ['Dates', 'Figures', 'Organizations', 'People', 'Places', 'Quotes']);
    const people = symbols.find((symbol) => symbol.name === 'People');
    assert.ok(people, `kinds: ${kinds.join(', ')}`);
    const putin = people.children.find((child) => child.name === 'Vladimir Putin');
    assert.ok(putin, `people: ${people.children.map((child) => child.name).join(', ')}`);
    assert.strictEqual(putin.kind, vscode.SymbolKind.Variable); // a person's outline icon (outlineIcons.test.ts has every kind's)
    assert.match(putin.detail, /President · 2 mentions/);
    assert.deepStrictEqual(describeRanges(document, [putin.selectionRange]), describeRanges(document, [rangesOf(document, 'Vladimir Putin')[0]]));
    const friday = (await (await newsLens()).analysisFor(document.uri))?.mentions.find((mention) => mention.text === 'Friday');
    assert.match(String(friday?.value), /^\d{4}-\d{2}-\d{2}$/, 'Friday resolved to a day');
    const dates = symbols.find((symbol) => symbol.name === 'Dates');
    const fridaySymbol = dates?.children.find((child) => child.name === 'Friday');
    assert.strictEqual(fridaySymbol?.detail, `${friday?.value} · 1 mention`, 'a date shows its resolved value');
    const quotes = symbols.find((symbol) => symbol.name === 'Quotes');
    assert.deepStrictEqual(quotes?.children.map((child) => child.detail), SEED_FACTS.quotes.map(() => 'Li Qiang'), 'each quote names its speaker');
  });

  it('offers to rename a name from the mention under the cursor, and refuses a date with a reason', async () => {
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', document.uri, positionOf(document, 'Putin and Xi'));
    assert.strictEqual(prepared.placeholder, 'Putin');
    assert.strictEqual(document.getText(prepared.range), 'Putin');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', document.uri, positionOf(document, 'Friday'))),
      /renames people, organizations and places, not dates/,
    );
  });

  it('leaves the article untouched: highlights, references and the outline never edit', () => {
    assert.strictEqual(document.isDirty, false);
    assert.strictEqual(document.getText(), originalText);
  });

  describe('rename', () => {
    let draft: vscode.TextEditor;

    beforeEach(async () => {
      draft = await untitled('news', originalText);
    });
    afterEach(() => discard(draft));

    async function rename(needle: string, newName: string): Promise<vscode.WorkspaceEdit> {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', draft.document.uri, positionOf(draft.document, needle), newName);
      assert.ok(edit, 'no rename edit');
      assert.deepStrictEqual(edit.entries().map(([uri]) => uri.toString()), [draft.document.uri.toString()], 'the edit touches only the draft');
      return edit;
    }

    it('"Mikhail Mishustin" → "Mikhail Smith" renames every mention, later "Mishustin" becoming "Smith", in one undoable edit', async () => {
      const edit = await rename('Mikhail Mishustin', 'Mikhail Smith');
      assert.strictEqual(edit.get(draft.document.uri).length, 4);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.strictEqual(draft.document.getText(), originalText.replaceAll('Mishustin', 'Smith'));
      assert.ok(draft.document.getText().includes('Smith’s visit'));
      await vscode.window.showTextDocument(draft.document);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(draft.document.getText(), originalText, 'one Undo restores the draft');
    });

    it('renaming the surname mention "Putin" renames the surname in "Vladimir Putin" too', async () => {
      assert.ok(await vscode.workspace.applyEdit(await rename('Putin and Xi', 'Medvedev')));
      assert.strictEqual(draft.document.getText(), originalText.replaceAll('Putin', 'Medvedev'));
      assert.ok(draft.document.getText().includes('President Vladimir Medvedev would'));
    });
  });
});
