// A short list of answers kept for one thing read in more than one setting (a repeated line after different lines, a
// sentence with different names in it), the most recently used first: typing asks again for the answer it last had.

/** The first answer in `kept` that `fits`, moved to the front; undefined if none. */
export function takeRecent<T>(kept: T[] | undefined, fits: (answer: T) => boolean): T | undefined {
  if (!kept) return undefined;
  const at = kept.findIndex(fits);
  if (at < 0) return undefined;
  const answer = kept[at];
  if (at > 0) {
    kept.splice(at, 1);
    kept.unshift(answer);
  }
  return answer;
}

/** Puts `answer` first in `kept` (moving it if it is there), dropping the oldest past `max`. */
export function keepRecent<T>(kept: T[], answer: T, max: number): void {
  const at = kept.indexOf(answer);
  if (at === 0) return;
  if (at > 0) kept.splice(at, 1);
  kept.unshift(answer);
  if (kept.length > max) kept.pop();
}
