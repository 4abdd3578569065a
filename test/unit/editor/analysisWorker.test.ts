// AnalysisWorker over any WorkerPort (the contract both the Node thread and the browser's Web Worker meet), with
// in-memory ports: a failed worker is reported and replaced, and stray answers never settle someone else's job.
import * as assert from 'node:assert/strict';
import { AnalysisWorker } from '../../../src/editor/analysisWorker';
import type { WorkerPort } from '../../../src/editor/workerPort';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/editor/workerProtocol';
import { analysisOf } from '../helpers/analysis';

/** An in-memory worker: the test decides what it answers, or makes it fail. */
class FakePort implements WorkerPort {
  readonly requests: AnalysisRequest[] = [];
  terminated = false;
  private answerListeners = new Set<(response: AnalysisResponse) => void>();
  private failureListeners = new Set<(error: Error) => void>();

  postMessage(request: AnalysisRequest): void { this.requests.push(request); }
  onMessage(listener: (response: AnalysisResponse) => void) { return this.listen(this.answerListeners, listener); }
  onFailure(listener: (error: Error) => void) { return this.listen(this.failureListeners, listener); }
  terminate(): void { this.terminated = true; }
  answer(response: AnalysisResponse): void { for (const listener of [...this.answerListeners]) listener(response); }
  fail(error: Error): void { for (const listener of [...this.failureListeners]) listener(error); }

  private listen<T>(listeners: Set<T>, listener: T) {
    listeners.add(listener);
    return { dispose: () => listeners.delete(listener) };
  }
}

/** Lets queued promise callbacks run, so the worker has posted the request it was about to. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AnalysisWorker over a WorkerPort', () => {
  it('reports a failed worker and runs the next analysis in a fresh one', async () => {
    const ports: FakePort[] = [];
    const worker = new AnalysisWorker(() => { ports.push(new FakePort()); return ports.at(-1) as FakePort; }, 5_000, () => {});
    const failing = worker.analyse('first', {});
    await settle();
    ports[0].fail(new Error('the analysis worker failed: its script did not load'));
    await assert.rejects(failing, /script did not load/);
    const next = worker.analyse('second', {});
    await settle();
    assert.equal(ports.length, 2, 'the failed worker was reused');
    ports[1].answer({ id: ports[1].requests[0].id, analysis: analysisOf('second') } as AnalysisResponse);
    assert.equal((await next).analysedChars, 'second'.length);
    worker.dispose();
    assert.ok(ports[1].terminated, 'dispose() left the worker running');
  });

  it('settles a job only with the answer to its own request', async () => {
    const port = new FakePort();
    const worker = new AnalysisWorker(() => port, 5_000, () => {});
    const job = worker.analyse('mine', {});
    await settle();
    port.answer({ id: port.requests[0].id + 100, error: 'an answer to some other request' });
    port.answer({ id: port.requests[0].id, analysis: analysisOf('mine') } as AnalysisResponse);
    assert.equal((await job).analysedChars, 'mine'.length);
    worker.dispose();
  });

  it('hands over the facts of a checked request at once, and puts its findings on the same analysis when they come', async () => {
    const port = new FakePort();
    const worker = new AnalysisWorker(() => port, 5_000, () => {});
    const heard: unknown[] = [];
    worker.onDidCheck((analysis) => heard.push(analysis));
    const job = worker.analyse('The vote is on Wednesday.', {}, () => true, undefined, {});
    await settle();
    const { id } = port.requests[0];
    port.answer({ id, analysis: analysisOf('The vote is on Wednesday.') } as AnalysisResponse);
    const analysis = await job;
    assert.equal(analysis.findings, undefined, 'the facts waited for the findings');
    let checked = false;
    void worker.checked(analysis).then(() => { checked = true; });
    await settle();
    assert.equal(checked, false, 'checked() settled before the findings came');
    const finding = { rule: 'weekday-date', start: 15, end: 24, text: 'Wednesday', message: 'not a Wednesday', severity: 'information' } as const;
    port.answer({ id, findings: [finding], failed: ['numerals: a bug'] });
    await worker.checked(analysis);
    assert.deepEqual(analysis.findings, [finding]);
    assert.ok(analysis.warnings.some((w) => w.includes('numerals: a bug')), 'a failed check was not named in the warnings');
    assert.deepEqual(heard, [analysis]);
    worker.dispose();
  });

  it('owes no findings for a request that asked for none, nor once its worker failed', async () => {
    const ports: FakePort[] = [];
    const worker = new AnalysisWorker(() => { ports.push(new FakePort()); return ports.at(-1) as FakePort; }, 5_000, () => {});
    const plain = worker.analyse('no checks', {});
    await settle();
    ports[0].answer({ id: ports[0].requests[0].id, analysis: analysisOf('no checks') } as AnalysisResponse);
    await worker.checked(await plain); // settles at once
    const checkedJob = worker.analyse('checked', {}, () => true, undefined, {});
    await settle();
    ports[0].answer({ id: ports[0].requests[1].id, analysis: analysisOf('checked') } as AnalysisResponse);
    const analysis = await checkedJob;
    ports[0].fail(new Error('the worker crashed in the checks'));
    await worker.checked(analysis);
    assert.equal(analysis.findings, undefined);
    worker.dispose();
  });
});
