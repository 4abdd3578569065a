// Public API of the statistical name tagger: person / organization / place mentions with offsets.
import type { Mention, TextSpan } from '../types';
import { capitalisedInDocument, sentenceFeatureIds } from './features';
import { chunksOf, KIND_OF_TYPE, LABELS } from './labels';
import { loadModel, type TaggerModel } from './model';
import { splitSentences, tokenize } from './tokenize';
import { emissionScores, viterbi } from './viterbi';
import { NAMES_MODEL } from '../../../models/namesModel';

let cached: TaggerModel | undefined;

/** The committed model, decoded once on first use. */
export function defaultModel(): TaggerModel {
  cached ??= loadModel(NAMES_MODEL);
  return cached;
}

/** Label strings for each sentence of words (used by tagNames and the training scorer). */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): string[][] {
  const docCaps = capitalisedInDocument(sentences);
  return sentences.map((words) => {
    const ids = sentenceFeatureIds(words, model.bits, model.gazetteer, docCaps);
    return decode(model, ids).map((y) => LABELS[y]);
  });
}

/** Person, organization and place mentions in text[span], offsets into text, in document order. */
export function tagNames(text: string, span: TextSpan = { start: 0, end: text.length }, model = defaultModel()): Mention[] {
  const sentences = splitSentences(text, tokenize(text, span));
  const labels = tagSentences(model, sentences.map((s) => s.map((t) => t.text)));
  const mentions: Mention[] = [];
  sentences.forEach((tokens, k) => {
    for (const [from, to, type] of chunksOf(labels[k])) {
      const start = tokens[from].start, end = tokens[to - 1].end;
      mentions.push({ kind: KIND_OF_TYPE[type], start, end, text: text.slice(start, end) });
    }
  });
  return mentions;
}

function decode(model: TaggerModel, ids: Uint32Array[]): number[] {
  return viterbi(emissionScores(model, ids), model.transition);
}
