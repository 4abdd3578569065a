// Word tokens with offsets, and the capitalisation tests every name rule shares.
import type { TextSpan } from '../types';

/** One word of a sentence, with its offsets into the whole text. */
export interface Token extends TextSpan {
  text: string;
}

/** Dotted abbreviations ("U.S.", "U.K."), words with inner apostrophes ("O’Brien", "Russia’s"), numbers. */
const WORD = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const POSSESSIVE = /['’]s$/u;

/** The words of `span` in `text`, as tokens: the plain statement of a sentence's words. LineWords packs the same words
 *  through pushWordBounds, and its tests hold the two equal. */
export function tokenize(text: string, span: TextSpan): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    const start = span.start + m.index;
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}

/** The starts and ends of the words of `span` in `text`, pushed in pairs onto `bounds`: what tokenize finds, without a
 *  token object or an iterator result for each word (a keystroke splits the line it edits, some lines 1,300 words). */
export function pushWordBounds(text: string, span: TextSpan, bounds: number[]): void {
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) bounds.push(span.start + m.index, span.start + m.index + m[0].length);
}

/** True for a word that starts with a capital letter ("Li", "TASS", "U.S."). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** True for "Russia’s" or "Moscow's": a possessive that ends any name it is part of. */
export function isPossessive(word: string): boolean {
  return POSSESSIVE.test(word);
}

/** The word without a possessive ending: "Mishustin’s" → "Mishustin". */
export function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}

/** The token's span without its possessive ending. */
export function nameEnd(token: Token): number {
  return isPossessive(token.text) ? token.end - 2 : token.end;
}
