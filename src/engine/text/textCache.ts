// Answers of pure functions of a name or a word, kept across runs: the same names recur in every mention and on every
// keystroke of an edited document.

/** How many answers a cache keeps before starting again (far more than one article's names). */
const CACHE_LIMIT = 50_000;

/** `compute` with its answers kept by argument, an answer of `undefined` too; the cache empties itself when it
 *  reaches CACHE_LIMIT entries. */
export function cachedByText<T = string>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let answer = cache.get(text);
    if (answer === undefined && !cache.has(text)) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      answer = compute(text);
      cache.set(text, answer);
    }
    return answer as T;
  };
}
