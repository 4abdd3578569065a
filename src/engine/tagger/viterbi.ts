// First-order Viterbi decoding over BIO labels, forbidding I-X after anything but B-X / I-X.
import { isAllowedTransition } from './labels';
import type { TaggerModel } from './model';

const allowedTables = new WeakMap<readonly string[], Uint8Array>();

/** allowed[(from + 1) * L + to]: isAllowedTransition as a table, computed once per label set (from = -1 is the start). */
function allowedTable(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  let table = allowedTables.get(labels);
  if (!table) {
    table = Uint8Array.from({ length: (L + 1) * L }, (_, i) => (isAllowedTransition(labels, Math.floor(i / L) - 1, i % L) ? 1 : 0));
    allowedTables.set(labels, table);
  }
  return table;
}

/** Per-token label scores from the hashed features, one row of `labels.length` scores per token in one flat array
 *  (token t's score for label y at t * L + y): one allocation a sentence, not one a token. */
export function emissionScores(model: Pick<TaggerModel, 'emission' | 'labels'>, featureIds: readonly Uint32Array[]): Float32Array {
  const L = model.labels.length;
  const scores = new Float32Array(featureIds.length * L);
  featureIds.forEach((ids, t) => {
    for (const id of ids) for (let y = 0; y < L; y++) scores[t * L + y] += model.emission[id * L + y];
  });
  return scores;
}

/** Best label index sequence for the given flat emission scores (emissionScores' layout) and transition weights. */
export function viterbi(emission: Float32Array, transition: Float32Array, labels: readonly string[]): number[] {
  const L = labels.length;
  const ALLOWED = allowedTable(labels);
  const n = emission.length / L;
  if (n === 0) return [];
  const score = new Float64Array(n * L).fill(-Infinity);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) if (ALLOWED[y]) score[y] = transition[y] + emission[y];
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[(p + 1) * L + y]) continue;
        const s = score[(t - 1) * L + p] + transition[(p + 1) * L + y];
        if (s > best) { best = s; arg = p; }
      }
      score[t * L + y] = best + emission[t * L + y];
      back[t * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (score[(n - 1) * L + y] > score[(n - 1) * L + last]) last = y;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]];
  return path;
}
