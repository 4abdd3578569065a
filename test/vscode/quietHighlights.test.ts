// Quiet by default: the sample article's ordinals ("first", "second") are facts but not painted unless
// newsLens.highlight.minorFigures is on, and the overview ruler marks only the entity under the cursor unless
// newsLens.overviewRuler says "all" (every highlight) or "off" (none). Read through the ranges handed to
// setDecorations (the test API), since the extension host cannot read decorations back.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { FACT_KINDS } from '../../src/engine/types';
import type { Analysis } from '../../src/engine/types';
import type { NewsLensApi } from '../../src/extension';
import { newsLens, rangeKey, rangeOf, rangeTexts, showAndAnalyse, waitFor, withSetting, workspaceUri } from './support';

/** Moves the cursor to the n-th occurrence of `needle` (inside it, after its first character). */
function putCursorOn(editor: vscode.TextEditor, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = editor.document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" is not in the article`);
  const position = editor.document.positionAt(index + 1);
  editor.selection = new vscode.Selection(position, position);
  return position;
}

/** Every ruler mark, over all kinds, as "kind line:char-line:char". */
function rulerMarks(api: NewsLensApi, editor: vscode.TextEditor): string[] {
  const marks = api.rulerRanges(editor);
  return FACT_KINDS.flatMap((kind) => marks[kind].map((range) => `${kind} ${rangeKey(range)}`));
}

describe('quiet highlights', () => {
  let api: NewsLensApi;
  let editor: vscode.TextEditor;
  let analysis: Analysis;
  const restores: Array<() => Promise<void>> = [];

  before(async () => {
    api = await newsLens();
    editor = await showAndAnalyse(workspaceUri('sample-article.news'));
    const result = await api.analysisFor(editor.document.uri);
    assert.ok(result, 'the sample article was not analysed');
    analysis = result;
  });
  afterEach(async () => {
    for (const restore of restores.splice(0).reverse()) await restore();
  });

  it('leaves the ordinals "first" and "second" unpainted by default, yet lists them as facts, and paints "40" and the money', async () => {
    const ordinals = analysis.mentions.filter((mention) => mention.kind === 'figure' && mention.figureType === 'ordinal').map((mention) => mention.text);
    assert.deepStrictEqual(ordinals, ['first', 'first', 'second'], 'the sample article\'s ordinals');
    await waitFor(() => !rangeTexts(api, editor, 'figure').includes('first'), 'the ordinals to be unpainted');
    const painted = rangeTexts(api, editor, 'figure');
    assert.ok(!painted.includes('second'), `figure ranges: ${JSON.stringify(painted)}`);
    for (const text of ['40', '300', '1.2 billion Swiss francs', '4.5%', '2,500 tonnes']) assert.ok(painted.includes(text), `"${text}" is not painted: ${JSON.stringify(painted)}`);
    const figuresRow = api.factsTree.getChildren().find((node) => node.type === 'kind' && node.kind === 'figure');
    assert.ok(figuresRow, 'no Figures row');
    const listed = api.factsTree.getChildren(figuresRow).map((node) => String(api.factsTree.getTreeItem(node).label));
    assert.ok(listed.includes('first') && listed.includes('second'), `Figures rows: ${JSON.stringify(listed)}`);
  });

  it('paints the ordinals with newsLens.highlight.minorFigures on, and only while figures are highlighted', async () => {
    restores.push(await withSetting('newsLens.highlight.minorFigures', true));
    await waitFor(() => rangeTexts(api, editor, 'figure').filter((text) => text === 'first').length === 2, 'the ordinals to be painted');
    const figures = analysis.mentions.filter((mention) => mention.kind === 'figure').map((mention) => rangeKey(rangeOf(editor.document, mention)));
    assert.deepStrictEqual(api.decorationRanges(editor).figure.map(rangeKey), figures, 'every figure painted');
    restores.push(await withSetting('newsLens.highlight.figure', false));
    await waitFor(() => api.decorationRanges(editor).figure.length === 0, 'figures switched off, minor ones too');
  });

  it('marks in the overview ruler only every mention of the entity under the cursor, and nothing off any mention', async () => {
    await showAndAnalyse(editor.document);
    putCursorOn(editor, 'Marchetti told');
    const marchetti = analysis.entities.find((entity) => entity.name === 'Sophie Marchetti');
    assert.ok(marchetti && marchetti.mentions.length >= 2, `Sophie Marchetti's mentions: ${JSON.stringify(marchetti)}`);
    const expected = marchetti.mentions.map((index) => `person ${rangeKey(rangeOf(editor.document, analysis.mentions[index]))}`);
    await waitFor(() => rulerMarks(api, editor).join() === expected.join(), `ruler marks for Sophie Marchetti: ${JSON.stringify(rulerMarks(api, editor))}`);
    const offset = editor.document.offsetAt(putCursorOn(editor, 'drinking water'));
    assert.ok(!analysis.mentions.some((mention) => mention.start <= offset && offset <= mention.end), '"drinking water" is a mention');
    await waitFor(() => rulerMarks(api, editor).length === 0, `no ruler marks off a mention: ${JSON.stringify(rulerMarks(api, editor))}`);
  });

  it('marks every highlight with newsLens.overviewRuler "all", and none with "off"', async () => {
    await showAndAnalyse(editor.document);
    restores.push(await withSetting('newsLens.overviewRuler', 'all'));
    const highlights = () => FACT_KINDS.flatMap((kind) => api.decorationRanges(editor)[kind].map((range) => `${kind} ${rangeKey(range)}`));
    await waitFor(() => rulerMarks(api, editor).length > 0 && rulerMarks(api, editor).join() === highlights().join(), 'a mark for every highlight');
    assert.ok(!rangeTexts(api, editor, 'figure').includes('first'), 'a minor figure got a highlight');
    await vscode.workspace.getConfiguration('newsLens').update('overviewRuler', 'off', vscode.ConfigurationTarget.Global);
    putCursorOn(editor, 'Marchetti told');
    await waitFor(() => rulerMarks(api, editor).length === 0, 'no ruler marks with "off"');
    assert.ok(highlights().length > 0, 'the highlights went with the ruler marks');
  });
});
