import * as assert from 'node:assert/strict';
import { FirstPasses } from '../../../src/engine/tagger/firstPasses';
import { defaultModel } from '../../../src/engine/tagger/sentencePasses';

describe('tagger first passes kept between the passes', () => {
  const L = 3;
  const pass = (labels: number[], scores: number[]) => ({ labels, emission: Float32Array.from(scores) });

  it('gives back each sentence exactly as it was set: scores that are whole multiples of the scale, and others', () => {
    const scale = 0.0123;
    const passes = new FirstPasses(5, L, scale);
    const whole = pass([0, 2], [0, 7 * scale, -3 * scale, 32767 * scale, -32768 * scale, 1 * scale]);
    const fractional = pass([1, 1, 0], [0.5, 0.25, 1, 2, 3, 4, 5, 6, 7]);
    passes.set(0, whole);
    passes.set(2, fractional);
    assert.deepEqual(passes.get(0, 2), whole);
    assert.deepEqual(passes.get(2, 3), fractional);
  });

  it('keeps a model\'s scores without a scale as they were', () => {
    const passes = new FirstPasses(2, L, undefined);
    const first = pass([2, 0], [1.5, -2.25, 0, 3, 4, 5]);
    passes.set(0, first);
    assert.deepEqual(passes.get(0, 2), first);
  });

  it('holds the shipped names model\'s sums as whole multiples of its scale', () => {
    const { quantised, labels } = defaultModel();
    assert.ok(quantised);
    const scores = Array.from({ length: 2 * labels.length }, (_, i) => Math.fround((i * 37 - 200) * quantised.scale));
    const passes = new FirstPasses(2, labels.length, quantised.scale);
    const first = pass([0, 1], scores);
    passes.set(0, first);
    assert.deepEqual(passes.get(0, 2), first);
    assert.equal((passes as unknown as { others: Map<number, Float32Array> }).others.size, 0);
  });
});
