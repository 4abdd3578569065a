// Blanks what would make the parser hang or choke, keeping every offset: the copy has the text's exact length.
import { isWhitespace } from './characters';

/** Anything but tab, line breaks and printable characters: control codes, surrogates (emoji, lone halves), U+FFFD-FFFF. */
const UNPRINTABLE = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFC]/g;
/** Zero-width marks and the byte order mark: invisible, never part of a word. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** The same punctuation mark or symbol four or more times ("....", "!!!!!", "=====" ). */
const REPEATED_MARK = /([^\p{L}\p{N}\s])\1{3,}/gu;
/** Eight or more marks in a row, mixed ("?!?!?!?!", "-=-=-=-="). */
const MARK_RUN = /[^\p{L}\p{N}\s]{8,}/gu;
/** Marks separated by spaces, six or more in a row (". . . . . ."). */
const SPACED_MARKS = /(?:[^\p{L}\p{N}\s]\s+){5,}[^\p{L}\p{N}\s]/gu;
/** Length from which a "word" is a URL, a hash or binary residue — never a name. */
export const HUGE_TOKEN_LENGTH = 80;

/** The run as spaces, its line breaks kept: blanking one must not join two lines ("Merkel . . .\n. . . Berlin"). */
const blank = (match: string): string => match.replace(/[^\r\n]/g, ' ');

/** Returns a same-length copy of `text` in which pathological runs are spaces, so the parser never sees them. */
export function sanitise(text: string): string {
  return blankHugeTokens(text
    .replace(UNPRINTABLE, ' ')
    .replace(INVISIBLE, ' ')
    .replace(REPEATED_MARK, blank)
    .replace(MARK_RUN, blank)
    .replace(SPACED_MARKS, blank));
}

/** A sanitiser for one edited document: it keeps the last text and its copy, and sanitises again only the part an edit
 *  changed, widened to boundaries no blanked run crosses, so typing costs no whole-text regex passes. Gives exactly what
 *  `sanitise` gives. */
export function createSanitiser(): (text: string) => string {
  let last: { text: string; clean: string } | undefined;
  return (text) => {
    const clean = last ? resanitised(last.text, last.clean, text) : sanitise(text);
    last = { text, clean };
    return clean;
  };
}

/** True between `at - 1` and `at` when nothing sanitising blanks can span them: an ASCII letter or digit (which no
 *  pattern reads and no pass changes) before a space or a line feed (which ends every long token). */
function isBoundary(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (after === 32 || after === 10) && ((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122));
}

/** `sanitise(text)`, from `old` and its copy `oldClean`: the characters the two texts share at both ends keep their
 *  copy up to the nearest boundary, and only what lies between is sanitised. */
function resanitised(old: string, oldClean: string, text: string): string {
  const shortest = Math.min(old.length, text.length);
  const prefix = sharedStart(old, text, shortest);
  const suffix = sharedEnd(old, text, shortest - prefix);
  // A boundary whose two characters both lie in the shared start, and one whose two both lie in the shared end.
  let from = prefix - 1;
  while (from > 0 && !isBoundary(text, from)) from--;
  from = Math.max(0, from);
  const shift = text.length - old.length;
  let to = old.length - suffix + 1;
  while (to < old.length && !isBoundary(old, to)) to++;
  if (to > old.length) to = old.length;
  return oldClean.slice(0, from) + sanitise(text.slice(from, to + shift)) + oldClean.slice(to);
}

/** Characters compared at once by the shared-start and shared-end searches: comparing slices runs in the engine's own
 *  code, far faster than a loop over characters. */
const CHUNK = 256;

/** How many characters `a` and `b` share at their start, up to `limit`. */
export function sharedStart(a: string, b: string, limit: number): number {
  let at = 0;
  while (at + CHUNK <= limit && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters `a` and `b` share at their end, up to `limit`. */
export function sharedEnd(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + CHUNK <= limit && a.slice(a.length - length - CHUNK, a.length - length) === b.slice(b.length - length - CHUNK, b.length - length)) length += CHUNK;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/** `text` with every run of HUGE_TOKEN_LENGTH or more non-space characters blanked. A scan rather than `/\S{80,}/g`,
 *  which retries at every character and cost a millisecond per 10,000 words, on every keystroke. */
function blankHugeTokens(text: string): string {
  let result = '';
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWhitespace(text.charCodeAt(i))) continue;
    if (i - runStart >= HUGE_TOKEN_LENGTH) {
      result += text.slice(copied, runStart) + ' '.repeat(i - runStart);
      copied = i;
    }
    runStart = i + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}
