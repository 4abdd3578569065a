// Character tests the per-keystroke scans share, answered without a regex for ASCII.

/** What `\s` matches. */
const WHITESPACE = /\s/;

/** True for a UTF-16 code unit that `\s` matches (space, tab, line breaks, no-break and other Unicode spaces). */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** True when a code unit of text[start, end) passes `test`: the name rules ask this of every name on every keystroke,
 *  answered without slicing it. */
function someCodeIn(text: string, start: number, end: number, test: (code: number) => boolean): boolean {
  for (let i = start; i < end; i++) if (test(text.charCodeAt(i))) return true;
  return false;
}

const isAsciiLowerCase = (code: number): boolean => code >= 97 && code <= 122;
const isSpace = (code: number): boolean => code === 32;
const isDash = (code: number): boolean => code === 45 || code === 0x2013 || code === 0x2014;

/** True when text[start, end) holds an ASCII lower-case letter: such a span is not written in capitals (its upper-case
 *  form differs). */
export const hasAsciiLowerCase = (text: string, start: number, end: number): boolean => someCodeIn(text, start, end, isAsciiLowerCase);

/** True when text[start, end) holds a character `\s` matches (a name of several words). */
export const hasWhitespace = (text: string, start: number, end: number): boolean => someCodeIn(text, start, end, isWhitespace);

/** True when text[start, end) holds a space (U+0020), as `includes(' ')` asks. */
export const hasSpace = (text: string, start: number, end: number): boolean => someCodeIn(text, start, end, isSpace);

/** True when text[start, end) holds a hyphen, an en dash or an em dash ("China-Russia"). */
export const hasDash = (text: string, start: number, end: number): boolean => someCodeIn(text, start, end, isDash);
