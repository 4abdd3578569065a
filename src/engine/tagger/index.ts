// Public API of the statistical taggers: names (person / organization / place) and figure spans, with offsets.
import type { NameMention } from '../names/nameMention';
import { documentText, type DocumentText } from '../text/lines';
import type { TextSpan } from '../types';
import { bucketIds, capitalisedInDocument, sentenceFeatureHashes, sentenceFeatureIds, type WordSet } from './features';
import { chunksOf, KIND_OF_TYPE } from './labels';
import { loadModel, type TaggerModel } from './model';
import { cuesOf, documentCapitals, taggedLines, type SentenceChunks, type TaggerMemo } from './taggedLines';
import { emissionScores, viterbi } from './viterbi';
import { NAMES_MODEL } from '../../../models/namesModel';
import { FIGURES_MODEL } from '../../../models/figuresModel';

export type { SentenceChunks, TaggedLine, TaggerMemo } from './taggedLines';

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

/** Best labels for one sentence's bucket ids. */
function decode(model: TaggerModel, ids: Uint32Array[]): string[] {
  return viterbi(emissionScores(model, ids), model.transition, model.labels).map((y) => model.labels[y]);
}

/** Label strings for each sentence of words (the training scorer's entry point). */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): string[][] {
  const docCaps = capitalisedInDocument(sentences);
  return sentences.map((words) => decode(model, sentenceFeatureIds(words, model.bits, model, docCaps)));
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

/** Tags one sentence's words with both models, sharing one feature hashing. */
function chunksOfSentence(words: readonly string[], docCaps: WordSet): SentenceChunks {
  const nameModel = defaultModel();
  const figureModel = figuresModel();
  const hashes = sentenceFeatureHashes(words, nameModel, docCaps);
  return {
    names: chunksOf(decode(nameModel, hashes.map((h) => bucketIds(h, nameModel.bits, true)))),
    // The figure model was trained without a gazetteer, so it reads only the base features.
    figures: chunksOf(decode(figureModel, hashes.map((h) => bucketIds(h, figureModel.bits, false)))),
  };
}

/** Tags a text with the name and figure models. An incremental analyser passes the text's lines (`documentText`) and
 *  its memo: lines seen in the last run are not tokenised again, sentences whose words and document cues are unchanged
 *  are not tagged again. */
export function tagText(text: string, document: DocumentText = documentText(text), memo: TaggerMemo = new WeakMap()): TaggedText {
  const lines = taggedLines(text, document, memo);
  const docCaps = documentCapitals(lines, memo);
  const tagged: TaggedText = { names: [], figures: [] };
  for (const { start: lineStart, line } of lines) {
    for (const sentence of line.sentences) {
      const cues = cuesOf(sentence, docCaps);
      if (sentence.chunks?.cues !== cues) sentence.chunks = { cues, value: chunksOfSentence(sentence.words, docCaps) };
      const { tokens } = sentence;
      for (const [from, to, type] of sentence.chunks.value.names) {
        tagged.names.push({ kind: KIND_OF_TYPE[type], start: lineStart + tokens[from].start, end: lineStart + tokens[to - 1].end });
      }
      for (const [from, to, type] of sentence.chunks.value.figures) {
        tagged.figures.push({ start: lineStart + tokens[from].start, end: lineStart + tokens[to - 1].end, type });
      }
    }
  }
  return tagged;
}
