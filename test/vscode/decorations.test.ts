// The decoration calls: the ranges the highlighter hands to VS Code's setDecorations, kind by kind (recorded by
// Highlighter.apply and read through the test API `decorationRanges`), match the analysis, in every kind of article,
// after edits, and never edit the file. That is all the extension host can prove: it has no API to read decorations
// back, so what is painted — each kind in its theme colour, where the user sees its mentions, a kind switched off
// painted no more, a non-article left unpainted — is read from the screen by test/e2e/what-the-editor-paints.e2e.mjs.
// Minor figures (ordinals, one to ten) are left unpainted by default: quietHighlights.test.ts shows them both ways.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FACT_KINDS, type FactKind, type Mention } from '../../src/engine/types';
import { isMinorFigure } from '../../src/editor/minorFigures';
import type { NewsLensApi } from '../../src/extension';
import { SEED_FACTS } from '../fixtures/seedArticle';
import { discard, needsSeedArticle, newsLens, rangeKey, rangeOf, rangeTexts, showAndAnalyse, totalRanges, untitled, workspaceUri } from './support';

describe('decoration calls', () => {
  let api: NewsLensApi;

  before(async () => {
    api = await newsLens();
  });

  /** Asserts that the editor's decoration calls carry exactly the current analysis' mentions (but the minor figures,
   *  unpainted by default), kind by kind; returns it. */
  async function assertDecorationsAreTheAnalysis(editor: vscode.TextEditor) {
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis, `${editor.document.uri.toString()} was not analysed`);
    assert.ok(analysis.mentions.length > 0, `${editor.document.uri.toString()} has no mentions`);
    const decorated = api.decorationRanges(editor);
    for (const kind of FACT_KINDS) {
      const expected: string[] = analysis.mentions.filter((mention) => mention.kind === kind && !isMinorFigure(mention)).map((mention) => rangeKey(rangeOf(editor.document, mention)));
      assert.deepStrictEqual(decorated[kind].map(rangeKey), expected, `${kind} decoration ranges differ from the analysis`);
    }
    for (const mention of analysis.mentions) {
      assert.strictEqual(editor.document.getText(rangeOf(editor.document, mention)), mention.text, `offsets of "${mention.text}"`);
    }
    return analysis;
  }

  it('hands setDecorations every mention of the sample article at its offsets, kind by kind', async () => {
    const analysis = await assertDecorationsAreTheAnalysis(await showAndAnalyse(workspaceUri('sample-article.news')));
    assert.deepStrictEqual(FACT_KINDS.filter((kind) => !analysis.mentions.some((mention) => mention.kind === kind)), [], 'kinds the sample article lacks');
  });

  it('hands setDecorations the seed article\'s names as the fixture counts them (no title in a person\'s range), and ranges over its dates, figures and quotes', async function () {
    needsSeedArticle(this);
    const editor = await showAndAnalyse(workspaceUri('seed-article.news'));
    await assertDecorationsAreTheAnalysis(editor);
    for (const name of SEED_FACTS.names) {
      const count = rangeTexts(api, editor, name.kind as FactKind).filter((text) => text === name.text).length;
      assert.strictEqual(count, name.count, `${name.kind} ranges covering exactly "${name.text}"`);
    }
    const roles = SEED_FACTS.names.flatMap((name) => (name.role ? [name.role] : []));
    const people = rangeTexts(api, editor, 'person');
    assert.ok(!people.some((text) => roles.some((role) => text.includes(role))), `a title leaked into a person range: ${JSON.stringify(people)}`);
    // Dates and figures: covered by a range of their kind (their exact extents are the engine tests' business: the
    // fixture states the date and figure grammar's, and the engine may widen a figure, "an additional 50 billion ...").
    // A minor figure ("two") is a fact, but not painted by default (newsLens.highlight.minorFigures).
    for (const expected of SEED_FACTS.datesAndFigures) {
      const ranges = rangeTexts(api, editor, expected.kind as FactKind);
      if (isMinorFigure({ ...expected, start: 0, end: 0 } as Mention)) {
        assert.ok(!ranges.includes(expected.text), `the minor figure "${expected.text}" is painted: ${JSON.stringify(ranges)}`);
        continue;
      }
      assert.ok(ranges.some((text) => text.includes(expected.text)), `no ${expected.kind} range covers "${expected.text}": ${JSON.stringify(ranges)}`);
    }
    const quotes = rangeTexts(api, editor, 'quote');
    for (const expected of SEED_FACTS.quotes) {
      assert.ok(quotes.some((text) => text.startsWith(expected.startsWith) && text.endsWith(expected.endsWith)), `no quote range "${expected.startsWith} … ${expected.endsWith}": ${JSON.stringify(quotes)}`);
    }
  });

  it('hands setDecorations the mentions of a Markdown article and a plain-text article too', async () => {
    for (const name of ['notes.md', 'plain.txt']) await assertDecorationsAreTheAnalysis(await showAndAnalyse(workspaceUri(name)));
  });

  it('has no analysis and no decoration ranges for a file that is not an article', async () => {
    const code = await showAndAnalyse(workspaceUri('code.js'));
    assert.strictEqual(await api.analysisFor(code.document.uri), undefined);
    assert.strictEqual(totalRanges(api, code), 0);
  });

  it('never modifies the document', async () => {
    const document = (await showAndAnalyse(workspaceUri('sample-article.news'))).document;
    assert.strictEqual(document.isDirty, false);
    assert.strictEqual(document.getText(), fs.readFileSync(document.uri.fsPath, 'utf8'));
  });

  it('after a burst of edits, hands setDecorations the ranges of the newest text\'s analysis', async () => {
    const draft = await untitled('news', 'Angela Merkel visited Berlin on Monday.\n');
    try {
      for (const words of ['Yesterday, ', 'in the rain ', 'Emmanuel Macron and ']) {
        await draft.edit((edit) => edit.insert(new vscode.Position(0, 0), words));
      }
      const analysis = await assertDecorationsAreTheAnalysis(draft);
      assert.strictEqual(analysis.analysedChars, draft.document.getText().length, 'the analysis is not of the newest text');
      assert.deepStrictEqual(rangeTexts(api, draft, 'person'), ['Emmanuel Macron', 'Angela Merkel'], 'person ranges after the edits');
    } finally {
      await discard(draft);
    }
  });
});
