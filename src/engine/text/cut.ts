// Where a text too long to analyse whole is cut: between sentences, so no fact is read from a part of itself
// ("Angela M" of "Angela Merkel", "3" of "3 billion", "November" of "November 2025").
import { isWhitespace } from './characters';
import { HUGE_TOKEN_LENGTH } from './sanitise';
import { MAX_SENTENCE_CHARS } from './sentences';

/** A sentence end: terminal marks and closing quotes or brackets before whitespace; or a line break. */
const SENTENCE_END = /[.!?]["”’)\]]*(?=\s)|[\r\n]/g;

/** The end of the last sentence that ends within MAX_SENTENCE_CHARS before `limit`; undefined when none does. */
function lastSentenceEnd(text: string, limit: number): number | undefined {
  const from = Math.max(0, limit - MAX_SENTENCE_CHARS);
  let last: number | undefined;
  for (const match of text.slice(from, limit + 1).matchAll(SENTENCE_END)) {
    const end = from + match.index + match[0].length;
    if (end <= limit) last = end;
  }
  return last;
}

/** `limit`, or just after the last whitespace before it when it falls inside a word. A word with no whitespace in the
 *  HUGE_TOKEN_LENGTH characters before the limit stays cut: so long a run is blanked by `sanitise`, never read. */
function lastWordEnd(text: string, limit: number): number {
  if (isWhitespace(text.charCodeAt(limit - 1)) || isWhitespace(text.charCodeAt(limit))) return limit;
  const stop = Math.max(0, limit - HUGE_TOKEN_LENGTH);
  for (let i = limit - 1; i >= stop; i--) if (isWhitespace(text.charCodeAt(i))) return i + 1;
  return stop === 0 ? 0 : limit;
}

/** How many characters of `text` to analyse when at most `limit` may be: `limit` moved back to the end of the last
 *  sentence before it, or of the last word for a sentence too long to see its start; all of the text when it fits. */
export function cutBefore(text: string, limit: number): number {
  if (limit >= text.length || limit <= 0) return Math.max(0, Math.min(limit, text.length));
  return lastSentenceEnd(text, limit) ?? lastWordEnd(text, limit);
}
