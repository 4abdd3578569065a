// How a rename rewrites one mention: the renamed words wherever they occur, and a full name's short forms word for word.

/** Letters and digits: what a name's words are made of, so "Li" never matches inside "Lidia". */
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/**
 * The new wording of a mention `text` when the rename started on the words `from` and the user typed `to`.
 * "Mikhail Mishustin" → "Mikhail Smith" turns "Mishustin" into "Smith"; "Mishustin" → "Smith" turns
 * "Mikhail Mishustin" into "Mikhail Smith". `fullName` is the entity's canonical name. Forms that are neither
 * (an abbreviation such as "U.S.") are left as written.
 */
export function renamedMention(text: string, from: string, to: string, fullName: string): string {
  const fromWords = wordsOf(from);
  if (fromWords.length === 0) return text;
  const escaped = fromWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const pattern = new RegExp(`${WORD_EDGE_BEFORE}${escaped}${WORD_EDGE_AFTER}`, 'gu');
  const replaced = text.replace(pattern, () => to);
  if (replaced !== text || pattern.test(text)) return replaced;
  return fromWords.join(' ') === wordsOf(fullName).join(' ') ? shortFormRenamed(text, fromWords, wordsOf(to)) : text;
}

/** A short form of the old full name ("Mishustin", "Li") as the same words of the new one: last words, first words. */
function shortFormRenamed(text: string, oldWords: readonly string[], newWords: readonly string[]): string {
  const words = wordsOf(text);
  const count = words.length;
  if (count === 0 || count >= oldWords.length || newWords.length === 0) return text;
  const same = (part: readonly string[]) => part.join(' ') === words.join(' ');
  if (same(oldWords.slice(-count))) return newWords.slice(-Math.min(count, newWords.length)).join(' ');
  if (same(oldWords.slice(0, count))) return newWords.slice(0, Math.min(count, newWords.length)).join(' ');
  return text;
}
