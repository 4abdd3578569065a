// Character tests the per-keystroke scans share, answered without a regex for ASCII.

/** What `\s` matches. */
const WHITESPACE = /\s/;

/** True for a UTF-16 code unit that `\s` matches (space, tab, line breaks, no-break and other Unicode spaces). */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** True when text[start, end) holds an ASCII lower-case letter: such a span is not written in capitals (its upper-case
 *  form differs), which the name rules ask of every name on every keystroke, answered without slicing it. */
export function hasAsciiLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

/** True when text[start, end) holds a character `\s` matches (a name of several words), without slicing it. */
export function hasWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

/** True when text[start, end) holds a hyphen, an en dash or an em dash ("China-Russia"), without slicing it. */
export function hasDash(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}
