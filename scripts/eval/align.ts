// Maps the engine's character spans back to corpus tokens, after trimming edge punctuation, as the judge does.
import type { TokenOffsets } from './model';

/** Characters trimmed from the edges of a predicted span: spaces, quotes, brackets, sentence punctuation, dashes. */
const EDGE_PUNCTUATION = /[\s.,;:!?"'`()[\]{}«»“”‘’„‹›\-–—…]/u;

/** The span without leading/trailing punctuation and whitespace; undefined when nothing is left. */
export function trimEdgePunctuation(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let a = Math.max(0, start);
  let b = Math.min(text.length, end);
  while (a < b && EDGE_PUNCTUATION.test(text[a])) a++;
  while (b > a && EDGE_PUNCTUATION.test(text[b - 1])) b--;
  return a < b ? { start: a, end: b } : undefined;
}

/** Index of the first token ending after `offset` (tokens are in text order). */
function firstTokenEndingAfter(tokens: readonly TokenOffsets[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The tokens [firstToken, endToken) a character span touches; undefined when it touches none. */
export function charSpanToTokens(tokens: readonly TokenOffsets[], start: number, end: number): { firstToken: number; endToken: number } | undefined {
  const firstToken = firstTokenEndingAfter(tokens, start);
  let endToken = firstToken;
  while (endToken < tokens.length && tokens[endToken].start < end) endToken++;
  return endToken > firstToken ? { firstToken, endToken } : undefined;
}

/** Trims a predicted span and maps it to tokens: the judge's "span → tokens" step. */
export function alignToTokens(text: string, tokens: readonly TokenOffsets[], start: number, end: number): { firstToken: number; endToken: number } | undefined {
  const trimmed = trimEdgePunctuation(text, start, end);
  return trimmed && charSpanToTokens(tokens, trimmed.start, trimmed.end);
}
