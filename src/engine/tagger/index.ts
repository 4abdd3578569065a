// Public API of the statistical taggers: name mentions (person / organization / place) and figure spans, with offsets.
import type { Mention, TextSpan } from '../types';
import { capitalisedInDocument, sentenceFeatureIds } from './features';
import { chunksOf, KIND_OF_TYPE } from './labels';
import { loadModel, type TaggerModel } from './model';
import { splitSentences, tokenize } from './tokenize';
import { emissionScores, viterbi } from './viterbi';
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

/** Label strings for each sentence of words (used by the taggers and the training scorer). */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): string[][] {
  const docCaps = capitalisedInDocument(sentences);
  return sentences.map((words) => {
    const ids = sentenceFeatureIds(words, model.bits, model.gazetteer, docCaps);
    return viterbi(emissionScores(model, ids), model.transition, model.labels).map((y) => model.labels[y]);
  });
}

/** A typed span a tagger found: [start, end) offsets into the text and its label type ("PER", "MONEY"). */
export interface TaggedSpan extends TextSpan {
  type: string;
}

/** The model's chunks in text[span], offsets into text, in document order. */
export function tagSpans(model: TaggerModel, text: string, span: TextSpan = { start: 0, end: text.length }): TaggedSpan[] {
  const sentences = splitSentences(text, tokenize(text, span));
  const labels = tagSentences(model, sentences.map((s) => s.map((t) => t.text)));
  return sentences.flatMap((tokens, k) => chunksOf(labels[k]).map(([from, to, type]) => ({ start: tokens[from].start, end: tokens[to - 1].end, type })));
}

/** Person, organization and place mentions in text[span], offsets into text, in document order. */
export function tagNames(text: string, span: TextSpan = { start: 0, end: text.length }, model = defaultModel()): Mention[] {
  return tagSpans(model, text, span).map(({ start, end, type }) => ({ kind: KIND_OF_TYPE[type], start, end, text: text.slice(start, end) }));
}
