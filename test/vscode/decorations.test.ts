// Highlights: what the engine found is what the editor paints, at the right places, and the file is never touched.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FACT_KINDS } from '../../src/engine/types';
import type { NewsLensApi } from '../../src/extension';
import { discard, needsSeedArticle, newsLens, rangeOf, rangeTexts, showAndAnalyse, totalRanges, untitled, workspaceUri } from './support';

describe('decorations', () => {
  let api: NewsLensApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await newsLens();
    editor = await showAndAnalyse(workspaceUri('sample-article.news'));
  });

  it('paints every mention of the analysis at its offsets, kind by kind', async () => {
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis, 'the sample article was not analysed');
    assert.ok(analysis.mentions.length > 0, 'the sample article has no mentions');
    const painted = api.decorationRanges(editor);
    for (const kind of FACT_KINDS) {
      const expected: vscode.Range[] = analysis.mentions.filter((mention) => mention.kind === kind).map((mention) => rangeOf(editor.document, mention));
      assert.deepStrictEqual(painted[kind].map(String), expected.map(String), `${kind} ranges differ from the analysis`);
    }
    for (const mention of analysis.mentions) {
      assert.strictEqual(editor.document.getText(rangeOf(editor.document, mention)), mention.text, `offsets of "${mention.text}"`);
    }
  });

  it('highlights Mikhail Mishustin as a person, without his title', async function () {
    needsSeedArticle(this);
    const editor = await showAndAnalyse(workspaceUri('seed-article.news'));
    const people = rangeTexts(api, editor, 'person');
    assert.ok(people.includes('Mikhail Mishustin'), `person highlights: ${JSON.stringify(people)}`);
    assert.ok(!people.some((text) => /Minister|Premier/.test(text)), `a title leaked into a person highlight: ${JSON.stringify(people)}`);
  });

  it('highlights the seed article\'s organizations, places, dates, figures and quotes', async function () {
    needsSeedArticle(this);
    const editor = await showAndAnalyse(workspaceUri('seed-article.news'));
    assert.ok(rangeTexts(api, editor, 'organization').includes('Kremlin'), JSON.stringify(rangeTexts(api, editor, 'organization')));
    assert.ok(rangeTexts(api, editor, 'place').includes('Hangzhou'), JSON.stringify(rangeTexts(api, editor, 'place')));
    assert.ok(rangeTexts(api, editor, 'date').includes('August 2024'), JSON.stringify(rangeTexts(api, editor, 'date')));
    assert.ok(rangeTexts(api, editor, 'figure').some((text) => text.includes('21%')), JSON.stringify(rangeTexts(api, editor, 'figure')));
    assert.ok(rangeTexts(api, editor, 'quote').some((text) => text.includes('good neighbours')), JSON.stringify(rangeTexts(api, editor, 'quote')));
  });

  it('paints a Markdown article and a plain-text article too', async () => {
    for (const name of ['notes.md', 'plain.txt']) {
      const shown = await showAndAnalyse(workspaceUri(name));
      assert.ok(totalRanges(api, shown) > 0, `${name} got no highlights`);
    }
  });

  it('leaves a file that is not an article alone', async () => {
    const code = await showAndAnalyse(workspaceUri('code.js'));
    assert.strictEqual(await api.analysisFor(code.document.uri), undefined);
    assert.strictEqual(totalRanges(api, code), 0);
  });

  it('never modifies the document', async () => {
    const document = (await showAndAnalyse(workspaceUri('sample-article.news'))).document;
    assert.strictEqual(document.isDirty, false);
    assert.strictEqual(document.getText(), fs.readFileSync(document.uri.fsPath, 'utf8'));
  });

  it('follows edits: after a burst of typing the highlights match the newest text', async () => {
    const draft = await untitled('news', 'Angela Merkel visited Berlin on Monday.\n');
    try {
      for (const word of ['Yesterday, ', 'in the rain ', 'as expected ']) {
        await draft.edit((edit) => edit.insert(new vscode.Position(0, 0), word));
      }
      const analysis = await api.analysisFor(draft.document.uri);
      assert.ok(analysis, 'no analysis after the edits');
      assert.strictEqual(analysis.analysedChars, draft.document.getText().length, 'the analysis is not of the newest text');
      const painted = Object.values(api.decorationRanges(draft)).flat();
      assert.ok(painted.some((range) => draft.document.getText(range).includes('Merkel')), 'Merkel is not highlighted after the edits');
      for (const range of painted) {
        assert.ok(analysis.mentions.some((mention) => mention.text === draft.document.getText(range)), `a stale range covers "${draft.document.getText(range)}"`);
      }
    } finally {
      await discard(draft);
    }
  });
});
