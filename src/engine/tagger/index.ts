// Public API of the statistical taggers: names (person / organization / place) and figure spans, with offsets.
import type { NameMention } from '../names/nameMention';
import type { RunMemo } from '../text/runMemo';
import { isCapitalised } from '../text/tokens';
import type { TextSpan } from '../types';
import { bucketIds, capitalisedInDocument, sentenceFeatureHashes, sentenceFeatureIds } from './features';
import { chunksOf, KIND_OF_TYPE } from './labels';
import { loadModel, type TaggerModel } from './model';
import { splitSentences, tokenize, type TaggerToken } from './tokenize';
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

/** Both taggers' chunks of one sentence, as token ranges [from, to, type]. */
export interface SentenceChunks {
  names: [number, number, string][];
  figures: [number, number, string][];
}

/** Tags one sentence's words with both models, sharing one feature hashing. */
function chunksOfSentence(words: readonly string[], docCaps: ReadonlySet<string>): SentenceChunks {
  const nameModel = defaultModel();
  const figureModel = figuresModel();
  const hashes = sentenceFeatureHashes(words, nameModel.gazetteer, docCaps);
  return {
    names: chunksOf(decode(nameModel, hashes.map((h) => bucketIds(h, nameModel.bits, true)))),
    // The figure model was trained without a gazetteer, so it reads only the base features.
    figures: chunksOf(decode(figureModel, hashes.map((h) => bucketIds(h, figureModel.bits, false)))),
  };
}

/** What a sentence's tagging depends on: its words (its text from first to last token), and for each capitalised word
 *  whether the document capitalises it mid-sentence. */
function sentenceKey(text: string, tokens: readonly TaggerToken[], docCaps: ReadonlySet<string>): string {
  let cues = '';
  for (const token of tokens) if (isCapitalised(token.text)) cues += docCaps.has(token.text.toLowerCase()) ? '1' : '0';
  return `${cues}\u0000${text.slice(tokens[0].start, tokens[tokens.length - 1].end)}`;
}

/** Tags text[span] with the name and figure models; with a memo, sentences tagged in the last run are not tagged again. */
export function tagText(text: string, span: TextSpan = { start: 0, end: text.length }, memo?: RunMemo<SentenceChunks>): TaggedText {
  const sentences = splitSentences(text, tokenize(text, span));
  const words = sentences.map((tokens) => tokens.map((t) => t.text));
  const docCaps = capitalisedInDocument(words);
  const tagged: TaggedText = { names: [], figures: [] };
  sentences.forEach((tokens, k) => {
    const compute = () => chunksOfSentence(words[k], docCaps);
    const chunks = memo ? memo.get(sentenceKey(text, tokens, docCaps), compute) : compute();
    const spanOf = ([from, to, type]: [number, number, string]): TaggedSpan => ({ start: tokens[from].start, end: tokens[to - 1].end, type });
    for (const chunk of chunks.names) {
      const { start, end, type } = spanOf(chunk);
      tagged.names.push({ kind: KIND_OF_TYPE[type], start, end });
    }
    tagged.figures.push(...chunks.figures.map(spanOf));
  });
  return tagged;
}
