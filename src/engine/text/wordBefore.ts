// The word right before a name, found by a scan of a few characters: a cheap first test for the rules that match a
// phrase before every name ("chief executive of", "on April 2 in"), which would otherwise run a regex on each keystroke.

/** The ASCII letters right before the spaces and tabs that end at `at` ("of" for "chief executive of  ", "" when no
 *  space or tab ends there or no letter precedes it). */
export function asciiWordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at) return '';
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** True for A-Z and a-z. */
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
