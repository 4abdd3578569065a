// Public API of the statistical taggers: names (person / organization / place) and figure spans, with offsets.
import type { NameMention } from '../names/nameMention';
import type { TextSpan } from '../types';
import { bucketIds, capitalisedInDocument, sentenceFeatureHashes, sentenceFeatureIds } from './features';
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

/** Best labels for one sentence's bucket ids. */
function decode(model: TaggerModel, ids: Uint32Array[]): string[] {
  return viterbi(emissionScores(model, ids), model.transition, model.labels).map((y) => model.labels[y]);
}

/** Label strings for each sentence of words (the training scorer's entry point). */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): string[][] {
  const docCaps = capitalisedInDocument(sentences);
  return sentences.map((words) => decode(model, sentenceFeatureIds(words, model.bits, model.gazetteer, docCaps)));
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

/** Tags text[span] with the name and figure models, sharing one tokenisation and one feature hashing per sentence. */
export function tagText(text: string, span: TextSpan = { start: 0, end: text.length }): TaggedText {
  const nameModel = defaultModel();
  const figureModel = figuresModel();
  const sentences = splitSentences(text, tokenize(text, span));
  const words = sentences.map((tokens) => tokens.map((t) => t.text));
  const docCaps = capitalisedInDocument(words);
  const tagged: TaggedText = { names: [], figures: [] };
  sentences.forEach((tokens, k) => {
    const hashes = sentenceFeatureHashes(words[k], nameModel.gazetteer, docCaps);
    const spanOf = ([from, to, type]: [number, number, string]): TaggedSpan => ({ start: tokens[from].start, end: tokens[to - 1].end, type });
    for (const chunk of chunksOf(decode(nameModel, hashes.map((h) => bucketIds(h, nameModel.bits, true))))) {
      const { start, end, type } = spanOf(chunk);
      tagged.names.push({ kind: KIND_OF_TYPE[type], start, end });
    }
    // The figure model was trained without a gazetteer, so it reads only the base features.
    tagged.figures.push(...chunksOf(decode(figureModel, hashes.map((h) => bucketIds(h, figureModel.bits, false)))).map(spanOf));
  });
  return tagged;
}
