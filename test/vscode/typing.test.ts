// Typing into a 10,000-word article: the extension host's event loop must stay free (the analysis runs in the worker).
// The delays are printed for the benchmark record, never asserted: timing is not a pass/fail matter.
import * as assert from 'node:assert';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { discard, hasSeedArticle, newsLens, note, untitled, waitFor, workspaceUri } from './support';

const TYPING_MS = 4000;
const KEYSTROKE_MS = 40;

describe('typing into a long article', () => {
  let api: NewsLensApi;
  before(async () => { api = await newsLens(); });

  it('keeps up with a few seconds of typing into 10,000 words and ends with highlights of the newest text', async function () {
    this.timeout(90_000);
    // The seed article's copies are what the README's typing figures were measured on; any news serves without it.
    const source = hasSeedArticle() ? 'seed-article.news' : 'sample-article.news';
    const seed = (await vscode.workspace.openTextDocument(workspaceUri(source))).getText();
    const copies = Math.ceil(10_000 / seed.split(/\s+/).length);
    const editor = await untitled('news', Array.from({ length: copies }, () => seed).join('\n\n'));
    try {
      await api.analysisFor(editor.document.uri);
      api.takeLongestResultHandlingMs();
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      let seedNumber = 11;
      const started = Date.now();
      let keystrokes = 0;
      while (Date.now() - started < TYPING_MS) {
        seedNumber = (seedNumber * 1103515245 + 12345) % 2 ** 31;
        const at = editor.document.positionAt(seedNumber % editor.document.getText().length);
        await editor.edit((edit) => edit.insert(at, 'x'), { undoStopBefore: false, undoStopAfter: false });
        keystrokes++;
        await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
      }
      delay.disable();
      const analysis = await api.analysisFor(editor.document.uri);
      note(`typing: ${keystrokes} keystrokes into ${copies} copies of ${source} (${editor.document.getText().split(/\s+/).length} words): ` +
        `extension host event-loop delay max ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, mean ${(delay.mean / 1e6).toFixed(1)} ms; ` +
        `News Lens's longest handling of one result ${api.takeLongestResultHandlingMs().toFixed(1)} ms`);
      assert.ok(analysis, 'no analysis after typing');
      assert.strictEqual(analysis.analysedChars, Math.min(editor.document.getText().length, 200_000));
      await waitFor(() => Object.values(api.decorationRanges(editor)).flat().length > 0, 'highlights after typing');
    } finally {
      await discard(editor);
    }
  });
});
