// newsLens.highlight.styles: a user's own colours for a kind replace the theme's in its highlights, the kind keeps its
// highlights while the types are made anew, and a value that is not a CSS colour is left out (the theme's colour
// stays). Read through the test API: the extension host cannot read a decoration's render options back.
import * as assert from 'node:assert';
import type * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { newsLens, rangeTexts, showAndAnalyse, waitFor, withSetting, workspaceUri } from './support';

describe('highlight styles', () => {
  let api: NewsLensApi;
  let editor: vscode.TextEditor;
  const restores: Array<() => Promise<void>> = [];

  before(async () => {
    api = await newsLens();
    editor = await showAndAnalyse(workspaceUri('sample-article.news'));
  });
  afterEach(async () => {
    for (const restore of restores.splice(0).reverse()) await restore();
  });

  it('paints each kind in its theme colours and its own mark by default', () => {
    assert.deepStrictEqual(api.highlightPaint('person').backgroundColor, { themeColour: 'newsLens.personBackground' });
    assert.deepStrictEqual(api.highlightPaint('date').borderColor, { themeColour: 'newsLens.dateBorder' });
    assert.deepStrictEqual(api.highlightPaint('figure').color, { themeColour: 'editor.foreground' });
  });

  it('takes a user\'s fill and underline for people, and keeps painting them', async () => {
    restores.push(await withSetting('newsLens.highlight.styles', { person: { fill: '#FFB86C55', underline: '#FFB86C' } }));
    await waitFor(() => 'css' in api.highlightPaint('person').backgroundColor, 'the user\'s fill to be taken');
    assert.deepStrictEqual(api.highlightPaint('person').backgroundColor, { css: '#FFB86C55' });
    assert.deepStrictEqual(api.highlightPaint('person').borderColor, { css: '#FFB86C' });
    assert.deepStrictEqual(api.highlightPaint('place').backgroundColor, { themeColour: 'newsLens.placeBackground' }, 'other kinds keep the theme');
    await waitFor(() => rangeTexts(api, editor, 'person').includes('Sophie Marchetti'), 'people to be painted with the new style');
  });

  it('leaves out a value that is not a CSS colour, keeping the theme\'s colour for it', async () => {
    restores.push(await withSetting('newsLens.highlight.styles', { date: { fill: 'not a colour', color: '#112233' } }));
    await waitFor(() => 'css' in api.highlightPaint('date').color, 'the valid text colour to be taken');
    assert.deepStrictEqual(api.highlightPaint('date').backgroundColor, { themeColour: 'newsLens.dateBackground' });
    assert.deepStrictEqual(api.highlightPaint('date').color, { css: '#112233' });
    assert.ok(rangeTexts(api, editor, 'date').length > 0, 'dates are still painted');
  });
});
