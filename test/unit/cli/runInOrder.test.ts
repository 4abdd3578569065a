// The run's pipeline on its own: replies in input order whatever order the answers finish in, never more than
// `limit` items between reading and writing, and what a broken stdin or stdout does.
import assert from 'node:assert/strict';
import { runInOrder } from '../../../src/cli/jobs/runInOrder';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runInOrder', () => {
  it('emits in input order while answers finish in any order, with at most `limit` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const emitted: number[] = [];
    async function* items() {
      for (let i = 0; i < 30; i++) {
        inFlight++;
        most = Math.max(most, inFlight);
        yield i;
      }
    }
    await runInOrder(items(), async (i) => { await later((i * 7) % 11); return i * 10; }, async (i, reply) => {
      assert.equal(reply, i * 10);
      emitted.push(i);
      inFlight--;
    }, 4);
    assert.deepEqual(emitted, Array.from({ length: 30 }, (_, i) => i));
    assert.ok(most <= 5, `at most the limit, plus the one being read: ${most}`);
  });

  it('with a limit of 1 answers each item only after the one before was emitted', async () => {
    const events: string[] = [];
    async function* items() { yield* [1, 2, 3]; }
    await runInOrder(items(), async (i) => { events.push(`answer ${i}`); return i; }, async (i) => { events.push(`emit ${i}`); }, 1);
    assert.deepEqual(events, ['answer 1', 'emit 1', 'answer 2', 'emit 2', 'answer 3', 'emit 3']);
  });

  it('emits each reply as soon as it is answered, without waiting for more input (a co-process waits for it)', async () => {
    const emitted: number[] = [];
    let give = (_item: number | undefined): void => undefined;
    async function* items() {
      for (;;) {
        const item = await new Promise<number | undefined>((resolve) => { give = resolve; });
        if (item === undefined) return;
        yield item;
      }
    }
    const run = runInOrder(items(), async (i) => i, async (i) => { emitted.push(i); }, 8);
    for (const item of [1, 2, 3]) {
      await later(5);
      give(item);
      await later(5);
      assert.deepEqual(emitted.at(-1), item, 'answered before the next item comes');
    }
    give(undefined);
    await run;
    assert.deepEqual(emitted, [1, 2, 3]);
  });

  it('when emitting fails while a read waits for input, rejects at once and leaves that read to its caller', async () => {
    let give = (): void => undefined;
    let closed = false;
    async function* items() {
      try {
        yield 1;
        await new Promise<void>((resolve) => { give = resolve; });
      } finally {
        closed = true;
      }
    }
    await assert.rejects(runInOrder(items(), async (i) => i, async () => { throw new Error('stdout gone'); }, 4), /stdout gone/);
    give();
    await later(5);
    assert.ok(closed, 'closed once the waiting read ends');
  });

  it('when reading fails, emits what was read before and then throws the error', async () => {
    const emitted: number[] = [];
    async function* items() {
      yield* [1, 2, 3];
      throw new Error('stdin broke');
    }
    await assert.rejects(runInOrder(items(), async (i) => { await later(5); return i; }, async (i) => { emitted.push(i); }, 8), /stdin broke/);
    assert.deepEqual(emitted, [1, 2, 3]);
  });

  it('when emitting fails, reads no more and closes the input', async () => {
    let read = 0;
    let closed = false;
    async function* items() {
      try {
        for (let i = 0; i < 100; i++) { read++; yield i; }
      } finally {
        closed = true;
      }
    }
    await assert.rejects(runInOrder(items(), async (i) => i, async (i) => { if (i === 2) throw new Error('stdout gone'); }, 2), /stdout gone/);
    assert.ok(read <= 4, `read ${read}`);
    assert.ok(closed);
  });
});
