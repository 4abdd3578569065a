// Settings and toggles: which files are articles, which kinds are highlighted, News Lens off/on per file — as the
// decoration calls show them (the ranges handed to setDecorations; test/e2e/what-the-editor-paints.e2e.mjs reads the
// painted result of the same toggles from the screen). Every setting a test or its commands change is put back in
// `afterEach` or `finally`, so a failing test leaves nothing switched off for the next.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { FACT_KINDS } from '../../src/engine/types';
import type { NewsLensApi } from '../../src/extension';
import { newsLens, rangeKey, rangeTexts, showAndAnalyse, snapshotSettings, totalRanges, waitFor, withSetting, workspaceUri } from './support';

describe('settings and toggles', () => {
  let api: NewsLensApi;

  let restoreHighlights: () => Promise<void>;

  before(async () => {
    api = await newsLens();
  });
  // The toggle commands write newsLens.highlight.<kind> to the user settings.
  beforeEach(() => { restoreHighlights = snapshotSettings(FACT_KINDS.map((kind) => `newsLens.highlight.${kind}`)); });
  afterEach(() => restoreHighlights());

  it('Toggle Person Highlights empties only the person decoration ranges; toggling back restores them', async () => {
    const editor = await showAndAnalyse(workspaceUri('sample-article.news'));
    const before = api.decorationRanges(editor);
    assert.ok(before.person.length > 0, 'the sample article has no person highlights');
    await vscode.commands.executeCommand('newsLens.toggle.person');
    await waitFor(() => api.decorationRanges(editor).person.length === 0, 'person highlights to clear');
    assert.strictEqual(vscode.workspace.getConfiguration('newsLens').get('highlight.person'), false);
    for (const kind of FACT_KINDS.filter((other) => other !== 'person')) {
      assert.deepStrictEqual(api.decorationRanges(editor)[kind].map(rangeKey), before[kind].map(rangeKey), `${kind} changed`);
    }
    await vscode.commands.executeCommand('newsLens.toggle.person');
    await waitFor(() => api.decorationRanges(editor).person.map(rangeKey).join() === before.person.map(rangeKey).join(), 'person highlights to return');
  });

  it('Toggle All Highlights empties every kind\'s decoration ranges, and again brings them all back', async () => {
    const editor = await showAndAnalyse(workspaceUri('sample-article.news'));
    const count = totalRanges(api, editor);
    await vscode.commands.executeCommand('newsLens.toggleAll');
    await waitFor(() => totalRanges(api, editor) === 0, 'all highlights to clear');
    await vscode.commands.executeCommand('newsLens.toggleAll');
    await waitFor(() => totalRanges(api, editor) === count, 'all highlights to return');
  });

  it('a plain-text article loses its analysis and decoration ranges when plaintext leaves newsLens.languages', async () => {
    const editor = await showAndAnalyse(workspaceUri('plain.txt'));
    assert.ok(totalRanges(api, editor) > 0, 'plain.txt has no highlights to begin with');
    const restore = await withSetting('newsLens.languages', ['news', 'markdown']);
    try {
      await waitFor(() => totalRanges(api, editor) === 0, 'plain.txt to lose its highlights');
      assert.strictEqual(await api.analysisFor(editor.document.uri), undefined);
    } finally {
      await restore();
    }
    await waitFor(() => totalRanges(api, editor) > 0, 'plain.txt to get its highlights back');
  });

  it('newsLens.include makes a matching file an article; newsLens.exclude wins', async () => {
    const editor = await showAndAnalyse(workspaceUri('code.js'));
    assert.strictEqual(totalRanges(api, editor), 0);
    const restoreInclude = await withSetting('newsLens.include', ['**/code.js']);
    try {
      await waitFor(() => rangeTexts(api, editor, 'person').concat(rangeTexts(api, editor, 'place')).some((text) => text.includes('Merkel') || text.includes('Berlin')), 'code.js to be annotated');
      const restoreExclude = await withSetting('newsLens.exclude', ['**/*.js']);
      try {
        await waitFor(() => totalRanges(api, editor) === 0, 'the exclude pattern to switch code.js off');
      } finally {
        await restoreExclude();
      }
    } finally {
      await restoreInclude();
    }
    await waitFor(() => totalRanges(api, editor) === 0, 'code.js to be left alone again');
  });

  it('Toggle for This File switches an article off and a non-article on', async () => {
    const article = await showAndAnalyse(workspaceUri('sample-article.news'));
    const count = totalRanges(api, article);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('newsLens.toggleForFile'), false);
      await waitFor(() => totalRanges(api, article) === 0, 'the article to lose its highlights');
      assert.strictEqual(await vscode.commands.executeCommand('newsLens.toggleForFile'), true);
      await waitFor(() => totalRanges(api, article) === count, 'the article to get its highlights back');
    } finally {
      // The switch is kept in the workspace's state: never leave the sample article off for the tests after this one.
      if (await api.analysisFor(article.document.uri) === undefined) await vscode.commands.executeCommand('newsLens.toggleForFile', article.document.uri);
    }

    const code = await showAndAnalyse(workspaceUri('code.js'));
    let on = false;
    try {
      on = await vscode.commands.executeCommand('newsLens.toggleForFile') === true;
      assert.ok(on, 'Toggle for This File did not switch code.js on');
      await waitFor(() => Object.values(api.decorationRanges(code)).flat().some((range) => code.document.getText(range).includes('Merkel')), 'code.js to be annotated');
      on = await vscode.commands.executeCommand('newsLens.toggleForFile', code.document.uri) === true;
      assert.ok(!on, 'Toggle for This File did not switch code.js off again');
      await waitFor(() => totalRanges(api, code) === 0, 'code.js to be left alone again');
    } finally {
      if (on) await vscode.commands.executeCommand('newsLens.toggleForFile', code.document.uri);
    }
  });
});
