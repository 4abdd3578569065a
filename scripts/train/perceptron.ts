// Structured averaged perceptron over hashed features with Viterbi decoding (training only).
import { capitalisedInDocument, sentenceFeatureIds } from '../../src/engine/tagger/features';
import type { TaggerModel } from '../../src/engine/tagger/model';
import { emissionScores, viterbi } from '../../src/engine/tagger/viterbi';
import type { LabelledDocument } from './corpus';


/** One prepared training sentence: its document's index, words, feature ids and gold label indices; and for a stacked
 *  names model, the ids with the vote features of a first pass added (stacking.ts). */
export interface Example { doc: number; words: readonly string[]; ids: Uint32Array[]; gold: number[]; withVotes?: Uint32Array[] }

/** Feature ids for every sentence, using the given gazetteer per document. */
export function prepare(docs: readonly LabelledDocument[], labels: readonly string[], bits: number, gazetteerOf: (d: number) => Map<string, string>,
  lexicon?: ReadonlyMap<string, string>): Example[] {
  const out: Example[] = [];
  docs.forEach((doc, d) => {
    const caps = capitalisedInDocument(doc.map((s) => s.words));
    const lists = { gazetteer: gazetteerOf(d), lexicon };
    for (const s of doc) out.push({ doc: d, words: s.words, ids: sentenceFeatureIds(s.words, bits, lists, caps), gold: s.labels.map((l) => labels.indexOf(l)) });
  });
  return out;
}

/** Mulberry32: a tiny seeded PRNG for reproducible shuffles. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How often a stacked model trains on a sentence with its vote features: the rest of the time it trains without
 *  them, as its own first pass reads the sentence. */
const VOTE_RATE = 0.75;

/** Trains for `epochs` passes (seeded shuffle) and returns averaged weights. Examples with vote features are seen
 *  with them at VOTE_RATE, so one model serves both passes. */
export function train(examples: Example[], labels: readonly string[], bits: number, epochs: number, seed: number, log: (m: string) => void): TaggerModel {
  const L = labels.length;
  const size = (1 << bits) * L, tsize = (L + 1) * L;
  const w = new Float32Array(size), acc = new Float64Array(size), stamp = new Float64Array(size);
  const tw = new Float32Array(tsize), tacc = new Float64Array(tsize), tstamp = new Float64Array(tsize);
  let step = 1;
  const bump = (ws: Float32Array, a: Float64Array, st: Float64Array, i: number, delta: number): void => {
    a[i] += (step - st[i]) * ws[i]; st[i] = step; ws[i] += delta;
  };
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0;
    for (const k of order) {
      const { gold, withVotes } = examples[k];
      const ids = withVotes && random() < VOTE_RATE ? withVotes : examples[k].ids;
      const guess = viterbi(emissionScores({ emission: w, labels }, ids), tw, labels);
      for (let t = 0; t < gold.length; t++) {
        const prevGold = t === 0 ? 0 : gold[t - 1] + 1, prevGuess = t === 0 ? 0 : guess[t - 1] + 1;
        if (guess[t] !== gold[t]) {
          errors++;
          for (const id of ids[t]) { bump(w, acc, stamp, id * L + gold[t], 1); bump(w, acc, stamp, id * L + guess[t], -1); }
        }
        if (guess[t] !== gold[t] || prevGold !== prevGuess) {
          bump(tw, tacc, tstamp, prevGold * L + gold[t], 1); bump(tw, tacc, tstamp, prevGuess * L + guess[t], -1);
        }
      }
      step++;
    }
    log(`epoch ${epoch + 1}: ${errors} token errors`);
  }
  const average = (ws: Float32Array, a: Float64Array, st: Float64Array): Float32Array =>
    Float32Array.from(ws, (x, i) => (a[i] + (step - st[i]) * x) / step);
  return { labels, bits, emission: average(w, acc, stamp), transition: average(tw, tacc, tstamp), gazetteer: new Map() };
}
