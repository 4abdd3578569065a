import * as assert from 'node:assert/strict';
import { chunksOf, NAME_LABELS } from '../../../src/engine/tagger/labels';
import { viterbi } from '../../../src/engine/tagger/viterbi';

const L = NAME_LABELS.length;
const idx = (label: string): number => NAME_LABELS.indexOf(label);
const emit = (best: string, other = -1): Float32Array => {
  const s = new Float32Array(L).fill(other);
  s[idx(best)] = 1;
  return s;
};

/** Rows of per-token scores as the flat array the decoder reads (a row per token). */
const rows = (...scores: Float32Array[]): Float32Array => Float32Array.from(scores.flatMap((row) => [...row]));

describe('tagger Viterbi', () => {
  it('never puts I-X after O or at the start, even when emissions prefer it', () => {
    const path = viterbi(rows(emit('I-PER'), emit('O'), emit('I-ORG')), new Float32Array((L + 1) * L), NAME_LABELS).map((y) => NAME_LABELS[y]);
    assert.notEqual(path[0], 'I-PER');
    assert.notEqual(path[2], 'I-ORG');
  });
  it('follows transitions: B-PER then I-PER when emissions are flat and transitions favour it', () => {
    const transition = new Float32Array((L + 1) * L);
    transition[0 * L + idx('B-PER')] = 2;
    transition[(idx('B-PER') + 1) * L + idx('I-PER')] = 2;
    const flat = new Float32Array(L);
    assert.deepEqual(viterbi(rows(flat, flat), transition, NAME_LABELS).map((y) => NAME_LABELS[y]), ['B-PER', 'I-PER']);
  });
  it('reads chunks from BIO labels', () => {
    assert.deepEqual(chunksOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']), [[0, 2, 'PER'], [3, 4, 'LOC'], [4, 5, 'LOC']]);
  });
});
