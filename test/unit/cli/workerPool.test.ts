// The pool of worker threads on its own, with tiny workers (no engine): workers start only as work arrives, never
// more than its size, and a worker that dies fails only the item it held.
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import type { JobInput, JobReply } from '../../../src/cli/jobs/jobProtocol';
import { WorkerPool } from '../../../src/cli/jobs/workerPool';

/** Echoes a line after as many ms as it says; "die" exits the worker. */
const ECHO = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, input }) => {
  if (input.line === 'die') process.exit(3);
  setTimeout(() => parentPort.postMessage({ id, reply: { output: input.line, warnings: [] } }), Number(input.line) || 0);
});`;

const line = (text: string): JobInput => ({ line: text });
const output = (reply: JobReply) => reply.output ?? `failed: ${reply.error}`;

describe('WorkerPool', function () {
  this.timeout(20_000);
  let started: number;
  const pool = (size: number) => new WorkerPool(size, () => { started++; return new Worker(ECHO, { eval: true }); },
    (_input, error) => ({ warnings: [], error: error.message }));
  beforeEach(() => { started = 0; });

  it('starts workers only as work arrives, never more than its size', async () => {
    const two = pool(2);
    assert.equal(started, 0);
    assert.equal(output(await two.run(line('1'))), '1');
    assert.equal(started, 1);
    const replies = await Promise.all(['30', '5', '20', '1', '0'].map((text) => two.run(line(text))));
    assert.deepEqual(replies.map(output), ['30', '5', '20', '1', '0']);
    assert.equal(started, 2);
    await two.close();
  });

  it('answers the item of a worker that died as crashed, and goes on with a new worker', async () => {
    const one = pool(1);
    const replies = await Promise.all(['a', 'die', 'b'].map((text) => one.run(line(text))));
    assert.deepEqual(replies.map(output), ['a', 'failed: it exited with code 3', 'b']);
    assert.equal(started, 2);
    await one.close();
  });
});
