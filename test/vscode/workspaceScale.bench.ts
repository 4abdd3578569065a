// Measures the workspace index on a large generated workspace (scripts/workspace-scale opens one as the workspace and
// runs only *.bench.js files): the first scan's time, the extension host's memory (its worker threads included, as
// they share its process), the delay typing sees while the scan runs against after it, Go to Symbol in Workspace and
// the Workspace scope over the whole index, and a reopened window's rescan. Figures are NOTE lines; nothing here
// passes or fails on timing.
import * as assert from 'node:assert';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { newsLens, note, withSetting } from './support';

const BURSTS = 40;
/** The pause after each burst, so the bursts spread over the first minute or so of the scan. */
const PAUSE_MS = 1_000;
const KEYSTROKES = 5;
const KEYSTROKE_MS = 40;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Samples the extension host process's memory every second until stopped: the peak and the last. */
function memorySampler(): { stop(): { peakRss: number; peakHeap: number } } {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  sample();
  const timer = setInterval(sample, 1000);
  return { stop: () => { clearInterval(timer); sample(); return { peakRss, peakHeap }; } };
}

/** Types bursts of keystrokes into the editor and measures, after each burst, how long the analysis of the typed text
 *  took to be ready when asked for at once (as hover and the outline ask; highlights wait 200 ms for typing to pause
 *  first), and the extension host's event-loop delay meanwhile. */
async function typingDelays(api: NewsLensApi, editor: vscode.TextEditor, label: string): Promise<string> {
  const delays: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  api.takeLongestResultHandlingMs();
  for (let burst = 0; burst < BURSTS; burst++) {
    const at = editor.document.positionAt(Math.floor(editor.document.getText().length * ((burst + 1) / (BURSTS + 2))));
    for (let k = 0; k < KEYSTROKES; k++) {
      await editor.edit((edit) => edit.insert(at, 'x'), { undoStopBefore: false, undoStopAfter: false });
      await sleep(KEYSTROKE_MS);
    }
    const typed = performance.now();
    await api.analysisFor(editor.document.uri);
    delays.push(performance.now() - typed);
    await sleep(PAUSE_MS);
  }
  loop.disable();
  return `typing ${label}: last keystroke to its analysis ready (asked at once, without the 200 ms typing pause) median ${percentile(delays, 50).toFixed(0)} ms, p95 ${percentile(delays, 95).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms; ` +
    `extension host event-loop delay max ${(loop.max / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms; longest result handling ${api.takeLongestResultHandlingMs().toFixed(1)} ms`;
}

describe('the workspace index at scale', () => {
  it('measures the first scan, memory, typing during the scan, symbols, the Workspace scope and a reopened window', async function () {
    this.timeout(60 * 60_000);
    const api = await newsLens();
    const memory = memorySampler();
    const atStart = process.memoryUsage();
    const files = await vscode.workspace.findFiles('**/*.news', undefined, 5);
    assert.ok(files.length > 0, 'no .news file in the workspace');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(files[0]), { preview: false });
    await api.analysisFor(editor.document.uri);
    await new Promise<void>((resolve) => { const wait = () => (api.workspaceIndex.report().files > 0 ? resolve() : setTimeout(wait, 100)); wait(); });
    const during = await typingDelays(api, editor, `while the scan runs (${api.workspaceIndex.report().done} of ${api.workspaceIndex.report().files} files done when it began)`);
    const duringDone = api.workspaceIndex.report().done;
    await api.workspaceIndex.scanned();
    const scan = api.workspaceIndex.report();
    const peak = memory.stop();
    const afterScan = process.memoryUsage();
    note(`first scan: ${scan.files} files (${scan.read} read, ${scan.reused} reused, ${scan.skipped} skipped) in ${((scan.finishedMs! - scan.startedMs) / 1000).toFixed(1)} s, ` +
      `${(scan.files / ((scan.finishedMs! - scan.startedMs) / 1000)).toFixed(1)} files/s; the typing below ran while the first ${duringDone} were indexed`);
    note(during);
    note(`memory of the extension host process (its analysis workers are threads of it): rss ${mb(atStart.rss)} at the start, peak ${mb(peak.peakRss)} during the scan, ${mb(afterScan.rss)} after it; ` +
      `its own JS heap ${mb(atStart.heapUsed)} → peak ${mb(peak.peakHeap)} → ${mb(afterScan.heapUsed)}`);
    note(await typingDelays(api, editor, 'after the scan'));

    let started = performance.now();
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'berg');
    const firstMs = performance.now() - started;
    started = performance.now();
    await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'bergm');
    note(`Go to Symbol in Workspace "berg": ${symbols.length} symbols in ${firstMs.toFixed(0)} ms (the first query sorts the merged entities), the next query ${(performance.now() - started).toFixed(0)} ms, over ${api.workspaceIndex.entries().length} articles`);
    const restore = await withSetting('newsLens.sidebar.scope', 'workspace');
    try {
      started = performance.now();
      const kinds = api.factsTree.getChildren();
      const rootMs = performance.now() - started;
      const counts = kinds.map((node) => `${String(api.factsTree.getTreeItem(node).label)} ${String(api.factsTree.getTreeItem(node).description)}`).join(', ');
      note(`Workspace scope: the first read of its headings took ${rootMs.toFixed(0)} ms: ${counts}`);
    } finally {
      await restore();
    }

    await sleep(35_000); // the index's worker stops after 30 s without work
    note(`memory 35 s after the scan (the index's worker stopped): rss ${mb(process.memoryUsage().rss)}, JS heap ${mb(process.memoryUsage().heapUsed)}`);
    started = performance.now();
    await api.workspaceIndex.reopen();
    await api.workspaceIndex.scanned();
    const reopened = api.workspaceIndex.report();
    note(`reopened window: the saved index loaded and ${reopened.files} files checked in ${((performance.now() - started) / 1000).toFixed(1)} s, ${reopened.read} read again, ${reopened.reused} reused`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
