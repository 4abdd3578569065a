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

/** A possessive token: `'s` (any case, straight or curly apostrophe). */
const POSSESSIVE = /^['’]s$/iu;

/** True for a token the judge drops at a gold span's edge: a possessive `'s`, or a token of edge punctuation only. */
export function isEdgeToken(token: string): boolean {
  return POSSESSIVE.test(token) || [...token].every((ch) => EDGE_PUNCTUATION.test(ch));
}

/**
 * Gold trimming (corpus README): the token range [first, end) without its edge tokens (see `isEdgeToken`), undefined
 * when none is left. For whole tokens this drops exactly what `trimEdgePunctuation` drops from a prediction, plus `'s`.
 */
export function trimTokenRange(words: (index: number) => string, first: number, end: number): { firstToken: number; endToken: number } | undefined {
  let a = first;
  let b = end;
  while (a < b && isEdgeToken(words(a))) a++;
  while (b > a && isEdgeToken(words(b - 1))) b--;
  return a < b ? { firstToken: a, endToken: b } : undefined;
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
