// The first scan's Cancel and the Rescan that finishes it (issue 15), in a real VS Code, on a folder of generated
// articles large enough to cancel mid-scan. The cancel goes through the test API's cancel(), the handler the progress
// notification's Cancel button fires (test/e2e/workspace-first-scan.e2e.mjs clicks the button itself). Runs after
// workspaceIndex.test.ts (file order) and leaves the workspace as it found it.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { newsLens, note, waitFor, withSetting, workspaceUri } from './support';

const FOLDER = 'generated-scan';
const FILES = 400;
/** Files the index looks at at once: those under way when Cancel is pressed still finish. */
const UNDER_WAY = 8;

const article = (i: number) => `Harbour works, part ${i}\n\nGENEVA, March ${(i % 28) + 1}, 2026 (Reuters) - Lena Aebischer, the harbour master, said on Friday that part ${i} of the works would cost 1.${i % 10} million francs. "We start in June," she said.\n`;

describe('cancelling the workspace scan', () => {
  let api: NewsLensApi;
  const inFolder = () => api.workspaceIndex.entries().filter(({ entry }) => entry.path.startsWith(`${FOLDER}/`)).map(({ entry }) => entry.path);

  before(async function () {
    this.timeout(180_000);
    api = await newsLens();
    const encoder = new TextEncoder();
    for (let i = 1; i <= FILES; i++) await vscode.workspace.fs.writeFile(workspaceUri(`${FOLDER}/part-${String(i).padStart(3, '0')}.news`), encoder.encode(article(i)));
    await waitFor(async () => { await api.workspaceIndex.scanned(); return inFolder().length === FILES; }, `the ${FILES} generated articles in the index`, 120_000);
  });
  after(async function () {
    this.timeout(60_000);
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
    await waitFor(async () => { await api.workspaceIndex.scanned(); return inFolder().length === 0; }, 'the generated articles to leave the index', 30_000);
  });

  it('stops reading at Cancel, keeps what it read, says so in the Workspace scope, and Rescan the Workspace reads the rest', async function () {
    this.timeout(240_000);
    const restore = await withSetting('newsLens.sidebar.scope', 'workspace');
    try {
      await vscode.commands.executeCommand('newsLens.facts.focus'); // the view brings its message up to date while shown
      // The scan proceeds while the window is focused or in use (it pauses only when neither).
      assert.ok(vscode.window.state.focused || vscode.window.state.active, `the test window is idle in the background: ${JSON.stringify(vscode.window.state)}`);
      const rebuilt = api.workspaceIndex.rebuild();
      await waitFor(() => api.workspaceIndex.report().done >= 20, 'the first scan to look at 20 files', 60_000);
      api.workspaceIndex.cancel();
      await rebuilt; // the notification's task is over, so the notification goes
      const atCancel = api.workspaceIndex.report();
      assert.strictEqual(atCancel.state, 'cancelled', JSON.stringify(atCancel));
      assert.strictEqual(atCancel.fresh, true, 'a scan without a saved index did not show the cancellable notification');
      assert.ok(atCancel.done < atCancel.files, `the scan had finished before the cancel: ${JSON.stringify(atCancel)}`);
      await api.workspaceIndex.scanned(); // the files under way at the cancel are done, and counted
      const settled = api.workspaceIndex.report();
      const kept = inFolder();
      assert.ok(kept.length > 0 && kept.length < FILES, `${kept.length} of ${FILES} generated articles kept`);
      assert.ok(settled.done >= atCancel.done && settled.done <= atCancel.done + UNDER_WAY, `${settled.done} files looked at in all, ${atCancel.done} by the cancel`);
      assert.strictEqual(api.workspaceIndex.entries().length, settled.read, `articles indexed: ${JSON.stringify(settled)}`);
      const message = () => api.factsView().message ?? '';
      await waitFor(() => message().includes(`Indexing cancelled at ${settled.done.toLocaleString('en')} of ${settled.files.toLocaleString('en')} files, ${settled.read.toLocaleString('en')} articles indexed: News Lens: Rescan the Workspace reads the rest`), `the cancelled scan's message (it says ${JSON.stringify(message())})`);

      // A file written now is still indexed (its watcher), and by the time it is, no file of the cancelled scan was read.
      const late = workspaceUri(`${FOLDER}/late.news`);
      await vscode.workspace.fs.writeFile(late, new TextEncoder().encode(article(999)));
      await waitFor(() => inFolder().includes(`${FOLDER}/late.news`), 'the file written after the cancel in the index', 15_000);
      assert.deepStrictEqual(inFolder().filter((path) => path !== `${FOLDER}/late.news`), kept, 'the cancelled scan read more files');
      assert.strictEqual(api.workspaceIndex.report().done, settled.done, 'the cancelled scan counted more files');
      await vscode.workspace.fs.delete(late);
      await waitFor(() => !inFolder().includes(`${FOLDER}/late.news`), 'the late file to leave the index', 15_000);

      await vscode.commands.executeCommand('newsLens.rescanWorkspace');
      await api.workspaceIndex.scanned();
      const rescan = api.workspaceIndex.report();
      assert.strictEqual(rescan.state, 'ready', JSON.stringify(rescan));
      assert.strictEqual(rescan.fresh, true, 'the Rescan that finishes a cancelled first scan is not shown (and cancellable) as the first was');
      assert.strictEqual(inFolder().length, FILES, 'the Rescan did not read the rest');
      assert.ok(rescan.read >= FILES - kept.length && rescan.reused >= kept.length, `the Rescan read again what the cancelled scan had read: ${JSON.stringify(rescan)}`);
      await waitFor(() => /\d+ articles in the workspace/.test(message()), `the finished scan's message (it says ${JSON.stringify(message())})`);
      note(`cancelled scan: ${atCancel.done} of ${atCancel.files} files looked at, ${kept.length} generated articles kept; the Rescan read ${rescan.read}, reused ${rescan.reused}`);
    } finally {
      await restore();
    }
  });
});
