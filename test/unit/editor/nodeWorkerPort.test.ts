// The analysis worker: a hung analysis is stopped and the next runs in a fresh worker; engine errors come back as errors.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisSkippedError, AnalysisTimeoutError, AnalysisWorker } from '../../../src/editor/analysisWorker';
import { nodeWorkerPorts } from '../../../src/editor/nodeWorkerPort';

/** A stand-in worker script: "hang" never answers, "throw" fails like a broken engine, anything else is echoed. */
const FAKE_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (request) => {
  if (request.text === 'hang') for (;;) {}
  if (request.text === 'throw') return parentPort.postMessage({ id: request.id, error: 'engine exploded' });
  parentPort.postMessage({ id: request.id, analysis: { mentions: [], entities: [], articleDate: { value: String(threadId), source: 'today' }, analysedChars: request.text.length, warnings: [] } });
});`;

describe('analysis worker', () => {
  let folder: string;
  let worker: AnalysisWorker;
  const logged: string[] = [];

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-worker-'));
    fs.writeFileSync(path.join(folder, 'worker.js'), FAKE_WORKER);
  });
  beforeEach(() => {
    worker = new AnalysisWorker(nodeWorkerPorts(path.join(folder, 'worker.js')), 500, (message) => logged.push(message));
  });
  afterEach(() => worker.dispose());
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('stops a hung analysis, says why, and runs the next one in a fresh worker', async () => {
    const first = await worker.analyse('hello', {});
    await assert.rejects(worker.analyse('hang', {}), AnalysisTimeoutError);
    assert.ok(logged.some((line) => /terminating the worker/.test(line)), logged.join('\n'));
    const next = await worker.analyse('hello again', {});
    assert.strictEqual(next.analysedChars, 'hello again'.length);
    assert.notStrictEqual(next.articleDate.value, first.articleDate.value, 'the hung worker thread was reused');
  });

  it('reports an engine error and keeps the same worker for the next analysis', async () => {
    const first = await worker.analyse('one', {});
    await assert.rejects(worker.analyse('throw', {}), /engine exploded/);
    const next = await worker.analyse('two', {});
    assert.strictEqual(next.articleDate.value, first.articleDate.value);
  });

  it('answers queued requests in order, each with its own result', async () => {
    const results = await Promise.all(['a', 'bb', 'ccc'].map((text) => worker.analyse(text, {})));
    assert.deepStrictEqual(results.map((result) => result.analysedChars), [1, 2, 3]);
  });

  it('skips a queued analysis that is no longer wanted when its turn comes', async () => {
    await assert.rejects(worker.analyse('stale', {}, () => false), AnalysisSkippedError);
    assert.strictEqual((await worker.analyse('fresh', {})).analysedChars, 'fresh'.length);
  });
});
