// What both ways of tagging a text share, one sentence at a time: the models, the names model's first pass, its
// vote features and stacked second pass, and the figure model's pass.
import { hashFeature, sentenceFeatureHashes, type TokenHashes, type WordSet } from './features';
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
 *  weights are summed as integers and scaled once. */
function emissionOfHashes(model: TaggerModel, tokens: readonly TokenHashes[], withLists: boolean): Float32Array {
  const L = model.labels.length;
  const mask = (1 << model.bits) - 1;
  const { weights, scale } = model.quantised ?? { weights: model.emission, scale: 1 };
  const sums = new Float64Array(L);
  const scores = new Float32Array(tokens.length * L);
  tokens.forEach(({ hashes, baseCount }, t) => {
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

/** Tags one sentence's words with both models, sharing one feature hashing; the names are the first pass's. */
export function tagSentence(words: readonly string[], cues: string, docCaps: WordSet): SentenceTagging {
  const nameModel = defaultModel();
  const figureModel = figuresModel();
  const hashes = sentenceFeatureHashes(words, nameModel, docCaps);
  const first = firstPass(nameModel, words, emissionOfHashes(nameModel, hashes, true));
  return {
    cues,
    first,
    names: chunksOf(first.labels.map((y) => nameModel.labels[y])),
    // The figure model was trained without a gazetteer, so it reads only the base features.
    figures: chunksOf(viterbi(emissionOfHashes(figureModel, hashes, false), figureModel.transition, figureModel.labels).map((y) => figureModel.labels[y])),
  };
}
