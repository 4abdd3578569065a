// Public API of the statistical taggers: names (person / organization / place) and figure spans, with offsets.
import type { NameMention } from '../names/nameMention';
import { documentText, type DocumentText } from '../text/lines';
import type { TextSpan } from '../types';
import { ArticleVotes } from './articleVotes';
import { documentVotes, voteFeatures, type DocumentVotes } from './documentVotes';
import { capitalisedInDocument, hashFeature, sentenceFeatureHashes, sentenceFeatureIds, type TokenHashes, type WordSet } from './features';
import { chunksOf, KIND_OF_TYPE } from './labels';
import { loadModel, type TaggerModel } from './model';
import { cuesOf, documentCapitals, taggedLines, type LineSentence, type PlacedTaggedLine, type SentenceTagging, type TaggerMemo } from './taggedLines';
import { decodeWithBrackets } from './brackets';
import { emissionScores, viterbi } from './viterbi';
import { NAMES_MODEL } from '../../../models/namesModel';
import { FIGURES_MODEL } from '../../../models/figuresModel';

export type { SentenceTagging, TaggedLine, TaggerMemo } from './taggedLines';

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
interface FirstPass {
  emission: Float32Array;
  labels: number[];
}

function firstPass(model: TaggerModel, words: readonly string[], emission: Float32Array): FirstPass {
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

/** The vote features of each token of a sentence (see documentVotes.ts), and one string of them all to compare. */
function sentenceVotes(words: readonly string[], first: FirstPass, votes: DocumentVotes): { features: string[][]; cue: string } {
  const features = words.map((_, i) => voteFeatures(words, i, first.labels[i], votes));
  return { features, cue: features.map((f) => f.join(' ')).join('\u0001') };
}

/** A stacked model's second pass over a sentence: its first-pass scores plus the weights of its vote features. */
function secondPass(model: TaggerModel, words: readonly string[], first: FirstPass, voteFeatureStrings: readonly string[][]): number[] {
  if (voteFeatureStrings.every((f) => f.length === 0)) return first.labels;
  const L = model.labels.length;
  const mask = (1 << model.bits) - 1;
  const emission = Float32Array.from(first.emission);
  voteFeatureStrings.forEach((features, t) => {
    for (const feature of features) {
      const id = hashFeature(feature) & mask;
      for (let y = 0; y < L; y++) emission[t * L + y] += model.emission[id * L + y];
    }
  });
  return decodeWithBrackets(words, emission, model.transition, model.labels);
}

/** Label strings for each sentence of words (the training scorer's entry point); a stacked model tags twice. */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): string[][] {
  const docCaps = capitalisedInDocument(sentences);
  const first = sentences.map((words) => firstPass(model, words, emissionScores(model, sentenceFeatureIds(words, model.bits, model, docCaps))));
  const toStrings = (labels: number[]): string[] => labels.map((y) => model.labels[y]);
  if (!model.stacked) return first.map((f) => toStrings(f.labels));
  const votes = documentVotes(sentences, first.map((f) => f.labels));
  return sentences.map((words, k) => toStrings(secondPass(model, words, first[k], sentenceVotes(words, first[k], votes).features)));
}

/** A typed span a tagger found: [start, end) offsets into the text and its label type ("MONEY", "CARDINAL"). */
export interface TaggedSpan extends TextSpan {
  type: string;
}

/** What both taggers found in a text: name mentions, and figure spans (with the DATE and TIME spans that exclude figures). */
export interface TaggedText {
  names: NameMention[];
  figures: TaggedSpan[];
}

/** Tags one sentence's words with both models, sharing one feature hashing; the names are the first pass's. */
function tagSentence(words: readonly string[], cues: string, docCaps: WordSet): SentenceTagging {
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

/** The tagger memos whose last run checked every sentence's cues against the document's capitals. */
const cuesChecked = new WeakSet<TaggerMemo>();

/** The votes of each document (by its tagger memo), as its last run left them. */
const votesByMemo = new WeakMap<TaggerMemo, ArticleVotes>();

/** A stacked names model's second pass over every sentence whose vote features changed since its names were last
 *  decoded: on a keystroke, the sentences that share a word with the edited one, at most. */
function applyVotes(lines: readonly PlacedTaggedLine[], memo: TaggerMemo): void {
  const model = defaultModel();
  if (!model.stacked) return;
  let article = votesByMemo.get(memo);
  if (!article) votesByMemo.set(memo, (article = new ArticleVotes()));
  const sentences: LineSentence[] = lines.flatMap(({ line }) => line.sentences);
  const changed = article.update(sentences);
  for (const sentence of sentences) {
    const tagging = sentence.chunks!;
    if (tagging.votes !== undefined && (changed.size === 0 || !sentence.capitalised.some((word) => changed.has(word)))) continue;
    const { features, cue } = sentenceVotes(sentence.words, tagging.first, article.votes);
    if (tagging.votes === cue) continue;
    tagging.votes = cue;
    tagging.names = chunksOf(secondPass(model, sentence.words, tagging.first, features).map((y) => model.labels[y]));
  }
}

/** Tags a text with the name and figure models. An incremental analyser passes the text's lines (`documentText`) and
 *  its memo: lines seen in the last run are not tokenised again, sentences whose words and document cues are unchanged
 *  are not tagged again. */
export function tagText(text: string, document: DocumentText = documentText(text), memo: TaggerMemo = new WeakMap()): TaggedText {
  const lines = taggedLines(text, document, memo);
  const { capitals: docCaps, changed } = documentCapitals(lines, memo);
  const tagged: TaggedText = { names: [], figures: [] };
  // Every tagging the last run left was checked against its capitals; a sentence keeps its cues unless one of its
  // capitalised words changed, so only those are looked at again (all of them after a run that did not finish).
  const checked = changed !== undefined && cuesChecked.has(memo) ? changed : undefined;
  cuesChecked.delete(memo);
  for (const { line } of lines) {
    for (const sentence of line.sentences) {
      if (sentence.chunks && checked && (checked.size === 0 || !sentence.capitalised.some((word) => checked.has(word)))) continue;
      const cues = cuesOf(sentence, docCaps);
      if (sentence.chunks?.cues !== cues) sentence.chunks = tagSentence(sentence.words, cues, docCaps);
    }
  }
  cuesChecked.add(memo);
  applyVotes(lines, memo);
  for (const { start: lineStart, line } of lines) {
    for (const sentence of line.sentences) {
      const { tokens } = sentence;
      const tagging = sentence.chunks!;
      for (const [from, to, type] of tagging.names) {
        tagged.names.push({ kind: KIND_OF_TYPE[type], start: lineStart + tokens[from].start, end: lineStart + tokens[to - 1].end });
      }
      for (const [from, to, type] of tagging.figures) {
        tagged.figures.push({ start: lineStart + tokens[from].start, end: lineStart + tokens[to - 1].end, type });
      }
    }
  }
  return tagged;
}
