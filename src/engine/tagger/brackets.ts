// A name never holds half of a bracket pair: "(Reuters) - India" is not the organization "Reuters) - India".
import { viterbi } from './viterbi';

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** The tokens of a label sequence's chunks that are a bracket whose partner is outside the chunk. */
function strayBrackets(words: readonly string[], path: readonly number[], labels: readonly string[]): number[] {
  const stray: number[] = [];
  let open: number[] = [];
  const close = (): void => { stray.push(...open); open = []; };
  for (let t = 0; t < path.length; t++) {
    const label = labels[path[t]];
    if (label === 'O' || label.startsWith('B-')) close();
    if (label === 'O') continue;
    if (OPENERS.has(words[t])) open.push(t);
    else if (CLOSERS.has(words[t])) {
      if (open.length) open.pop();
      else stray.push(t);
    }
  }
  close();
  return stray;
}

/** Viterbi decoding that keeps brackets whole: a bracket whose partner falls outside its name is decoded again as no
 *  name at all, and the sentence re-read around it (rare: well under one sentence in a hundred). */
export function decodeWithBrackets(words: readonly string[], emission: Float32Array, transition: Float32Array, labels: readonly string[]): number[] {
  const L = labels.length;
  let scores: Float32Array | undefined;
  for (let attempt = 0; ; attempt++) {
    const path = viterbi(scores ?? emission, transition, labels);
    const stray = strayBrackets(words, path, labels);
    if (stray.length === 0 || attempt === 3) return path;
    scores ??= Float32Array.from(emission);
    for (const t of stray) for (let y = 1; y < L; y++) scores[t * L + y] = -Infinity;
  }
}
