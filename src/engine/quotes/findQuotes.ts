// Quotations: text between “curly”, "straight" or ‘single’ quotation marks that holds a statement, not a scare-quoted phrase.
import type { DocumentText, LineText } from '../text/lines';
import type { TextSpan } from '../types';

/** Fewer words than this is a scare quote or a cited phrase ("very great", ‘NO LIMITS’), not a statement. */
export const MIN_QUOTE_WORDS = 4;

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

/** The quotations of one line with at least MIN_QUOTE_WORDS words, in order, offsets relative to the line. */
function quotesOfLine(line: string): TextSpan[] {
  const quotes: TextSpan[] = [];
  for (const pair of PAIRS) {
    for (const m of line.matchAll(pair)) {
      const open = m.index + 1;
      const span = innerSpan(line, open, open + m[1].length);
      const words = line.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length >= MIN_QUOTE_WORDS && !quotes.some((q) => q.start < span.end && span.start < q.end)) quotes.push(span);
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** Each line's quotations, kept while the line is unchanged (one per edited document). */
export type QuoteMemo = WeakMap<LineText, TextSpan[]>;

/** Quotations in the document with at least MIN_QUOTE_WORDS words, in document order, each within one line: an
 *  unchanged line's come from the memo. */
export function quotesOfDocument(document: DocumentText, memo: QuoteMemo = new WeakMap()): TextSpan[] {
  const quotes: TextSpan[] = [];
  for (const { start, line } of document.lines) {
    let found = memo.get(line);
    if (!found) memo.set(line, (found = quotesOfLine(line.text)));
    for (const span of found) quotes.push({ start: start + span.start, end: start + span.end });
  }
  return quotes;
}
