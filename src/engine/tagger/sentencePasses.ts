// What both ways of tagging a text share, one sentence at a time: the models, the names model's first pass, its
// vote features and stacked second pass, and the figure model's pass.
import { hashFeature, sentenceFeatureHashes, type TokenHashes, type WordSet } from './features';
import { isAllCaps } from './featureHashes';
import { isCapitalised } from '../text/tokens';
import { voteFeatures, type DocumentVotes } from './documentVotes';
import { chunksOf } from './labels';
import { loadModel, type TaggerModel } from './model';
import type { SentenceTagging } from './taggedLines';
import { decodeWithBrackets } from './brackets';
import { viterbi } from './viterbi';
import { NAMES_MODEL } from '../../../models/namesModel';
import { FIGURES_MODEL } from '../../../models/figuresModel';

let names: TaggerModel | undefined;
let figures: TaggerModel | undefined;

/** The committed name model, decoded once on first use. */
export function defaultModel(): TaggerModel {
  names ??= loadModel(NAMES_MODEL);
  return names;
}

/** The committed figure model (money, percent, quantity, cardinal, ordinal; dates and times), decoded once on first use. */
export function figuresModel(): TaggerModel {
  figures ??= loadModel(FIGURES_MODEL);
  return figures;
}

/** A sentence's first-pass names: the emission scores of its own features (flat, emissionScores' layout) and the
 *  labels they decode to. */
export interface FirstPass {
  emission: Float32Array;
  labels: number[];
}

/** The first pass of `model` over a sentence's words, from their emission scores. */
export function firstPass(model: TaggerModel, words: readonly string[], emission: Float32Array): FirstPass {
  return { emission, labels: decodeWithBrackets(words, emission, model.transition, model.labels) };
}

/** Per-token label scores straight from the full feature hashes, masked to the model's buckets (emissionScores of
 *  bucketIds without the arrays in between); `withLists` false reads only the base features. A loaded model's int8
 *  weights are summed as integers and scaled once. Token k's scores go to row `rows[k]` of `scores` when given. */
function emissionOfHashes(model: TaggerModel, tokens: readonly TokenHashes[], withLists: boolean, rows?: readonly number[],
  scores: Float32Array = new Float32Array(tokens.length * model.labels.length)): Float32Array {
  const L = model.labels.length;
  const mask = (1 << model.bits) - 1;
  const { weights, scale } = model.quantised ?? { weights: model.emission, scale: 1 };
  const sums = new Float64Array(L);
  tokens.forEach(({ hashes, baseCount }, k) => {
    const t = rows ? rows[k] : k;
    sums.fill(0);
    const count = withLists ? hashes.length : baseCount;
    for (let f = 0; f < count; f++) {
      const row = (hashes[f] & mask) * L;
      for (let y = 0; y < L; y++) sums[y] += weights[row + y];
    }
    for (let y = 0; y < L; y++) scores[t * L + y] = sums[y] * scale;
  });
  return scores;
}

/** The vote features of each token of a sentence (see documentVotes.ts). */
export function sentenceVoteFeatures(words: readonly string[], first: FirstPass, votes: DocumentVotes): string[][] {
  return words.map((_, i) => voteFeatures(words, i, first.labels[i], votes));
}

/** The vote features of each token of a sentence, and one string of them all to compare. */
export function sentenceVotes(words: readonly string[], first: FirstPass, votes: DocumentVotes): { features: string[][]; cue: string } {
  const features = sentenceVoteFeatures(words, first, votes);
  return { features, cue: features.map((f) => f.join(' ')).join('\u0001') };
}

/** A stacked model's second pass over a sentence: its first-pass scores plus the weights of its vote features. */
export function secondPass(model: TaggerModel, words: readonly string[], first: FirstPass, voteFeatureStrings: readonly string[][]): number[] {
  if (voteFeatureStrings.every((f) => f.length === 0)) return first.labels;
  const L = model.labels.length;
  const mask = (1 << model.bits) - 1;
  // A loaded model's weights are read as shipped: Math.fround(int8 * scale) is what its float copy holds.
  const { weights, scale } = model.quantised ?? { weights: model.emission, scale: 1 };
  const emission = Float32Array.from(first.emission);
  voteFeatureStrings.forEach((features, t) => {
    for (const feature of features) {
      const id = hashFeature(feature) & mask;
      for (let y = 0; y < L; y++) emission[t * L + y] += Math.fround(weights[id * L + y] * scale);
    }
  });
  return decodeWithBrackets(words, emission, model.transition, model.labels);
}

/** A sentence's words and tagging, to tag another version of it (its words edited, or the document's capitals changed). */
export interface EarlierTagging {
  words: readonly string[];
  tagging: SentenceTagging;
}

/** Tags one sentence's words with both models, sharing one feature hashing; the names are the first pass's. With an
 *  earlier tagging, a token whose features are those of a token of the earlier sentence takes its scores (a token's
 *  features read the words up to three before and after it, the sentence's capitals line and its own document cue),
 *  and only the others are hashed and scored: an edit in a word re-scores the tokens around it. */
export function tagSentence(words: readonly string[], cues: string, docCaps: WordSet, earlier?: EarlierTagging): SentenceTagging {
  const nameModel = defaultModel();
  const figureModel = figuresModel();
  const from = earlier ? earlierRows(words, cues, earlier) : undefined;
  const scored: number[] | undefined = from ? [] : undefined;
  if (from) for (let i = 0; i < from.length; i++) if (from[i] < 0) scored!.push(i);
  const hashes = sentenceFeatureHashes(words, nameModel, docCaps, scored);
  const nameScores = emissionOfHashes(nameModel, hashes, true, scored, copiedRows(nameModel, words.length, from, earlier?.tagging.first.emission));
  const first = firstPass(nameModel, words, nameScores);
  // The figure model was trained without a gazetteer, so it reads only the base features.
  const figureScores = emissionOfHashes(figureModel, hashes, false, scored, copiedRows(figureModel, words.length, from, earlier?.tagging.figureScores));
  return {
    cues,
    first,
    names: chunksOf(first.labels.map((y) => nameModel.labels[y])),
    figureScores,
    figures: chunksOf(viterbi(figureScores, figureModel.transition, figureModel.labels).map((y) => figureModel.labels[y])),
  };
}

/** For each token of `words`, the token of the earlier sentence whose features (and so scores) it has, or -1. */
function earlierRows(words: readonly string[], cues: string, earlier: EarlierTagging): Int32Array {
  const n = words.length, m = earlier.words.length;
  const rows = new Int32Array(n).fill(-1);
  if (isAllCaps(words) !== isAllCaps(earlier.words)) return rows;
  const shortest = Math.min(n, m);
  let prefix = 0;
  while (prefix < shortest && words[prefix] === earlier.words[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && words[n - 1 - suffix] === earlier.words[m - 1 - suffix]) suffix++;
  const same = prefix === n && n === m;
  // The document cue of each capitalised word is read in order: the k-th capitalised word's is cues[k].
  const earlierCue = new Int32Array(m).fill(-1);
  for (let j = 0, k = 0; j < m; j++) if (isCapitalised(earlier.words[j])) earlierCue[j] = k++;
  for (let i = 0, k = 0; i < n; i++) {
    const cue = isCapitalised(words[i]) ? k++ : -1;
    const j = same || i + 3 < prefix ? i : i - 3 >= n - suffix ? i - n + m : -1;
    if (j >= 0 && (cue < 0 || cues[cue] === earlier.tagging.cues[earlierCue[j]])) rows[i] = j;
  }
  return rows;
}

/** Scores for `n` tokens with the rows `from` names copied from `scores` (the earlier sentence's), the others zero. */
function copiedRows(model: TaggerModel, n: number, from: Int32Array | undefined, scores: Float32Array | undefined): Float32Array {
  const L = model.labels.length;
  const copied = new Float32Array(n * L);
  if (!from || !scores) return copied;
  for (let i = 0; i < n; i++) if (from[i] >= 0) copied.set(scores.subarray(from[i] * L, from[i] * L + L), i * L);
  return copied;
}
