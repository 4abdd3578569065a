// Answers of pure functions of a name or a word, kept across runs: the same names recur in every mention and on every
// keystroke of an edited document.
import { detached } from './runMemo';

/** How many answers a cache keeps before starting again (far more than one article's names). */
const CACHE_LIMIT = 50_000;

/** How many answers a cache of sentences or paragraphs keeps: far more than one article has, far fewer than the
 *  keystrokes of a day's editing, each of which makes one new. */
export const PASSAGE_CACHE_LIMIT = 4_096;

/** `compute` with its answers kept by argument, an answer of `undefined` too; the cache empties itself when it
 *  reaches `limit` entries. The argument is kept as a copy of its own, and `compute` reads that copy: a slice of
 *  a document kept as a key, or in an answer read from it, would keep that whole version of the document alive (one
 *  per keystroke in an editor's worker). */
export function cachedByText<T = string>(compute: (text: string) => T, limit = CACHE_LIMIT): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let answer = cache.get(text);
    if (answer === undefined && !cache.has(text)) {
      if (cache.size >= limit) cache.clear();
      const kept = detached(text);
      answer = compute(kept);
      cache.set(kept, answer);
    }
    return answer as T;
  };
}
