// What a company's name is without the words that vary between its mentions: a leading "the", a possessive, a legal
// suffix ("Microsoft Corp." is Microsoft, "Goldman Sachs Group Inc." is Goldman Sachs, "Apple Inc.'s" is Apple).
import { cachedByText } from '../text/textCache';
import { withoutArticle } from './slug';

/** Legal forms and holding words that end company names, compared without dots and case ("N.V." is "nv"). */
const LEGAL_SUFFIXES = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'cos', 'company', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp',
  'ag', 'sa', 'nv', 'bv', 'se', 'spa', 'srl', 'sas', 'sarl', 'gmbh', 'kgaa', 'ab', 'asa', 'a/s', 'oyj', 'kk', 'pty', 'bhd',
  'berhad', 'sdn', 'tbk', 'group', 'holdings', 'holding',
]);
/** Suffixes written in lower case too ("Royal Dutch Shell plc"); the others must start with a capital ("Inc.", "AG"). */
const LOWER_CASE_SUFFIXES = new Set(['plc']);
/** Words joining a suffix to the name, dropped with it ("Goldman Sachs & Co."). */
const CONNECTORS = new Set(['&', 'and']);
/** A multi-word legal form, as Mexican and Spanish filings write it ("Cemex SAB de CV", "Grupo Televisa, S.A.B."). */
const MULTI_WORD_SUFFIX = /,?\s+S\.?A\.?B\.?(?:\s+de\s+C\.?V\.?)?$/;

/** Words that, after a company's short name, make the full name by which it is first introduced ("Ford Motor",
 *  "Cisco Systems", "Apple Computer"): a later "Ford" is that company. Compared as `nameKey` words. */
const COMPANY_DESCRIPTORS = new Set([
  'motor', 'motors', 'computer', 'computers', 'airlines', 'airways', 'electronics', 'pharmaceutical', 'pharmaceuticals',
  'industries', 'technologies', 'systems', 'communications', 'international', 'worldwide', 'petroleum', 'entertainment',
]);

/** A name without a possessive ending: "Apple's", "Sachs'", "Merz’s" lose it; "Apples" does not. */
export const withoutPossessive = (name: string): string => name.replace(/['’]s?$/u, '');

/** True when `word` is a legal suffix written as one ("Corp.", "N.V.", "plc"; not "corp" or "Group" in "group"). */
export function isLegalSuffix(word: string): boolean {
  const bare = word.replace(/[.,]+$/, '').replace(/\./g, '');
  if (!LEGAL_SUFFIXES.has(bare.toLowerCase())) return false;
  return /^\p{Lu}/u.test(bare) || LOWER_CASE_SUFFIXES.has(bare);
}

/** The words of a company name without its trailing legal suffixes, always keeping the first word. */
function withoutSuffixWords(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && isLegalSuffix(words[end - 1])) {
    end--;
    while (end > 1 && CONNECTORS.has(words[end - 1].toLowerCase())) end--;
  }
  return words.slice(0, end);
}

/** A company name split: its core (no "the", possessive or legal suffix) and whether it had a suffix. */
interface SplitName {
  core: string;
  suffixed: boolean;
}

/** How many split names are kept before the cache starts again (far more than one article's companies). */
const SPLIT_CACHE_LIMIT = 20_000;

/** Splits a company name into its core and whether it had a suffix, as written. */
function splitUncached(name: string): SplitName {
  const plain = withoutPossessive(withoutArticle(name.trim()));
  const unsuffixed = plain.replace(MULTI_WORD_SUFFIX, '');
  const words = unsuffixed.split(/\s+/).filter(Boolean);
  const kept = withoutSuffixWords(words);
  const core = withoutPossessive(kept.join(' ').replace(/,$/, ''));
  return core ? { core, suffixed: unsuffixed !== plain || kept.length < words.length } : { core: plain, suffixed: false };
}

/** The split of a name, remembered: the same company names recur on every keystroke. */
const splitCompanyName = cachedByText(splitUncached, SPLIT_CACHE_LIMIT);

/** A company's name without "the", a possessive and its legal suffixes: "The Goldman Sachs Group, Inc.'s" → "Goldman
 *  Sachs"; a name that is only a suffix word ("Group") is kept. */
export function companyCore(name: string): string {
  return splitCompanyName(name).core;
}

/** True when the name is written with a legal suffix ("Mitsubishi Corp."): its short form is that company's. */
export function hasLegalSuffix(name: string): boolean {
  return splitCompanyName(name).suffixed;
}

/** The short name a full company name's key is introduced by, dropping trailing descriptor words ("ford-motor" →
 *  "ford"); the key itself when it has none or is only one. */
export function shortCompanyKey(key: string): string {
  const words = key.split('-');
  let end = words.length;
  while (end > 1 && COMPANY_DESCRIPTORS.has(words[end - 1])) end--;
  return words.slice(0, end).join('-');
}
