// Character tests the per-keystroke scans share, answered without a regex for ASCII.

/** What `\s` matches. */
const WHITESPACE = /\s/;

/** True for a UTF-16 code unit that `\s` matches (space, tab, line breaks, no-break and other Unicode spaces). */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}
