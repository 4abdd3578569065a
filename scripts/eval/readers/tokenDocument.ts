// Turns a tokenised, tagged document into an EvalDocument: rebuilt text, token offsets, gold spans.
import type { EvalDocument, GoldSpan, TokenOffsets } from '../model';
import { rebuildText } from '../rebuild';
import { decodeChunks } from './iob';

/** One sentence of a token corpus: tokens and their NER tags, same length. */
export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** Builds the document; `labelOf` maps a corpus type (PER, GPE…) to a scoring label, or undefined to skip it. */
export function tokenDocument(id: string, sentences: readonly TaggedSentence[], labelOf: (type: string) => string | undefined): EvalDocument {
  const { text, offsets } = rebuildText(sentences.map((s) => s.tokens));
  const tokens: TokenOffsets[] = [];
  const gold: GoldSpan[] = [];
  sentences.forEach((sentence, s) => {
    const base = tokens.length;
    tokens.push(...offsets[s]);
    for (const chunk of decodeChunks(sentence.tags)) {
      const label = labelOf(chunk.type);
      if (!label) continue;
      const firstToken = base + chunk.first;
      const endToken = base + chunk.end;
      gold.push({ label, tag: chunk.type, firstToken, endToken, start: tokens[firstToken].start, end: tokens[endToken - 1].end });
    }
  });
  return { id, text, tokens, gold };
}

/** Splits a column file into documents (at -DOCSTART-) and sentences (at blank lines). */
export function splitColumnFile(content: string): { header: string; sentences: string[][][] }[] {
  const documents: { header: string; sentences: string[][][] }[] = [];
  let sentence: string[][] = [];
  const endSentence = (): void => {
    if (sentence.length && documents.length) documents[documents.length - 1].sentences.push(sentence);
    sentence = [];
  };
  for (const line of content.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/).filter(Boolean);
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      documents.push({ header: columns.slice(1).join(' '), sentences: [] });
    } else if (columns.length === 0) endSentence();
    else {
      if (!documents.length) documents.push({ header: '', sentences: [] });
      sentence.push(columns);
    }
  }
  endSentence();
  return documents.filter((d) => d.sentences.length > 0);
}
