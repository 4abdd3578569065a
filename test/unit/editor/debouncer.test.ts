// The debouncer behind "analyse again once typing pauses": one action per pause, the latest one, per document.
import * as assert from 'node:assert/strict';
import { Debouncer } from '../../../src/editor/debouncer';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Debouncer', () => {
  it('runs only the latest action, once the key has been quiet for the delay', async () => {
    const debouncer = new Debouncer<string>(30);
    const ran: string[] = [];
    debouncer.schedule('a', () => ran.push('first'));
    await wait(10);
    debouncer.schedule('a', () => ran.push('second'));
    assert.ok(debouncer.isPending('a'));
    await wait(15);
    assert.deepEqual(ran, [], 'ran before the pause was over');
    await wait(40);
    assert.deepEqual(ran, ['second']);
    assert.equal(debouncer.isPending('a'), false);
  });

  it('keeps keys apart, and a cancelled key never runs', async () => {
    const debouncer = new Debouncer<object>(10);
    const one = {};
    const two = {};
    const ran: string[] = [];
    debouncer.schedule(one, () => ran.push('one'));
    debouncer.schedule(two, () => ran.push('two'));
    debouncer.cancel(one);
    await wait(30);
    assert.deepEqual(ran, ['two']);
  });

  it('runs nothing after cancelAll or dispose', async () => {
    const debouncer = new Debouncer<string>(10);
    const ran: string[] = [];
    debouncer.schedule('a', () => ran.push('a'));
    debouncer.cancelAll();
    debouncer.schedule('b', () => ran.push('b'));
    debouncer.dispose();
    await wait(30);
    assert.deepEqual(ran, []);
  });
});
