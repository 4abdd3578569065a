// Quotations: text between “curly”, "straight" or ‘single’ quotation marks that holds a statement, not a scare-quoted phrase.
import type { TextSpan } from '../types';

/** Fewer words than this is a scare quote or a cited phrase ("very great", ‘NO LIMITS’), not a statement. */
export const MIN_QUOTE_WORDS = 4;

const LINE = /[^\r\n]+/g;
/** Opening and closing marks: curly doubles, straight doubles, and single curly marks that are not apostrophes. */
const PAIRS = [
  /“([^“”]*)”/g,
  /"([^"]*)"/g,
  /(?<![\p{L}\p{N}])‘([^‘’]*(?:’[\p{L}][^‘’]*)*)’(?![\p{L}\p{N}])/gu,
];

/** The quoted words' span: inside the marks, without surrounding spaces or a trailing comma. */
function innerSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Quotations in `text` with at least MIN_QUOTE_WORDS words, in document order, each within one line. */
export function findQuotes(text: string): TextSpan[] {
  const quotes: TextSpan[] = [];
  for (const line of text.matchAll(LINE)) {
    for (const pair of PAIRS) {
      for (const m of line[0].matchAll(pair)) {
        const open = line.index + m.index + 1;
        const span = innerSpan(text, open, open + m[1].length);
        const words = text.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
        if (words.length >= MIN_QUOTE_WORDS && !quotes.some((q) => q.start < span.end && span.start < q.end)) quotes.push(span);
      }
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}
