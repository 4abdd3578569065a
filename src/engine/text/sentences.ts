// Splits a text into sentence spans with exact UTF-16 offsets; every span is short enough to parse in bounded time.
import type { TextSpan } from '../types';

/** Longest span handed to the parser; longer sentences are cut at a space so cost stays linear. */
export const MAX_SENTENCE_CHARS = 600;

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A sentence end: terminal marks, closing quotes or brackets, then space before something that can start a sentence. */
const BOUNDARY = /[.!?]+["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
const LINE = /[^\r\n]+/g;

/** True when the period at `dot` closes an abbreviation ("Mr.", "U.S.", "J.") rather than a sentence. */
function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(lineStart, dot - 12), dot));
  if (!before) return false;
  const word = before[0];
  return word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Cuts a long span at spaces into pieces of at most MAX_SENTENCE_CHARS. */
function chunk(text: string, span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    const cut = space > start + MAX_SENTENCE_CHARS / 2 ? space : start + MAX_SENTENCE_CHARS;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < span.end && /\s/.test(text[start])) start++;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** Trims whitespace off a span; undefined when nothing is left. */
function trimSpan(text: string, start: number, end: number): TextSpan | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** Sentence spans of `text` in order: every line is split on its own (headlines, datelines, credit lines). */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const line of text.matchAll(LINE)) {
    const lineStart = line.index;
    let start = lineStart;
    for (const end of line[0].matchAll(BOUNDARY)) {
      const dot = lineStart + end.index;
      if (isAbbreviation(text, lineStart, dot)) continue;
      const cut = dot + end[0].length;
      const span = trimSpan(text, start, cut);
      if (span) spans.push(...chunk(text, span));
      start = cut;
    }
    const last = trimSpan(text, start, lineStart + line[0].length);
    if (last) spans.push(...chunk(text, last));
  }
  return spans;
}
