// The workspace index's requests to the analysis worker: a file's entry with its line starts, the checks across a
// package, both through AnalysisWorker's one queue and time limit, and a worker stopped when idle that starts again.
import * as assert from 'node:assert/strict';
import { AnalysisWorker } from '../../../src/editor/analysisWorker';
import type { WorkerPort } from '../../../src/editor/workerPort';
import { lineStartsOf, type AnalysisResponse, type WorkerRequest } from '../../../src/editor/workerProtocol';
import { indexAnswer, packageCheckAnswer } from '../../../src/workspaceAnswers';
import { DocumentAnalysers } from '../../../src/documentAnalysers';

/** A worker in memory that does the real worker's work at once. */
class InstantPort implements WorkerPort {
  readonly requests: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners = new Set<(response: AnalysisResponse) => void>();
  private readonly analysers = new DocumentAnalysers();

  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
    setImmediate(() => {
      if ('index' in request) this.send(indexAnswer(request));
      else if ('packageChecks' in request) this.send(packageCheckAnswer(request));
      else if (!('forget' in request)) void this.analysers.answer(request, (response) => this.send(response));
    });
  }
  onMessage(listener: (response: AnalysisResponse) => void) { this.listeners.add(listener); return { dispose: () => this.listeners.delete(listener) }; }
  onFailure() { return { dispose: () => {} }; }
  terminate(): void { this.terminated = true; }
  private send(response: AnalysisResponse): void { for (const listener of [...this.listeners]) listener(response); }
}

const MAIN = 'GENEVA, March 12, 2026 (Reuters) - Premier Mikhail Mishustin met Jonas Berger, 45, in Zermatt.\r\nMishustin left on Friday.\n';
const SIDEBAR = 'GENEVA, March 13, 2026 (Reuters) - Russian Prime Minister Mikhail Mishustine spoke on Friday.\rJonas Berger, 47, said he would stay.';

describe('the workspace index\'s worker requests', () => {
  it('line starts follow VS Code\'s line breaks: \\n, \\r\\n and a lone \\r', () => {
    assert.deepEqual(lineStartsOf('a\nb\r\nc\rd'), [2, 5, 7]);
    assert.deepEqual(lineStartsOf('no break'), []);
  });

  it('an index request gives the file\'s entry, with ages, and where its lines start; package checks run on entries', async () => {
    const ports: InstantPort[] = [];
    const worker = new AnalysisWorker(() => { ports.push(new InstantPort()); return ports.at(-1)!; }, 5_000, () => {});
    const main = await worker.indexText('pkg/main.news', MAIN, {});
    assert.equal(main.entry.path, 'pkg/main.news');
    assert.deepEqual(main.lineStarts, lineStartsOf(MAIN));
    const berger = main.entry.entities.find((entity) => entity.name === 'Jonas Berger');
    assert.equal(berger?.age, 45);
    const sidebar = await worker.indexText('pkg/sidebar.news', SIDEBAR, {});
    const findings = await worker.packageChecks([main.entry, sidebar.entry], {});
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.path}`).sort(), ['name-variant pkg/sidebar.news', 'person-details pkg/sidebar.news']);
    assert.equal(ports.length, 1);
    worker.stopWhenIdle();
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(ports[0].terminated, 'the idle worker kept running');
    assert.equal((await worker.indexText('again.news', MAIN, {})).entry.path, 'again.news');
    assert.equal(ports.length, 2, 'no fresh worker after the idle stop');
    worker.recycle();
    assert.equal((await worker.indexText('recycled.news', MAIN, {})).entry.path, 'recycled.news');
    assert.ok(ports[1].terminated && ports.length === 3, 'recycle() kept the worker');
    worker.dispose();
  });
});
