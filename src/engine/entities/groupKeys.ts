// Which mentions are one entity: full names absorb their short forms, dates share a value, figures a value and unit.
import type { Mention } from '../types';
import { resolveAlias } from './aliases';
import { companyCore, hasLegalSuffix, shortCompanyKey, withoutPossessive } from './companyNames';
import { nameKey, withoutArticle } from './slug';
import { firstAtLeast } from '../text/spanSearch';
import { cachedByText } from '../text/textCache';

const MAX_QUOTE_NAME_WORDS = 6;

/** The words of a name. */
const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** True for a name of one word ("Ding"), without splitting it. */
const isOneWord = (text: string): boolean => !/\S\s+\S/.test(text);

/** Indices of multi-word person mentions by the key of their first and of their last word, in document order. */
function fullNamesByWord(mentions: Mention[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  mentions.forEach((m, index) => {
    if (m.kind !== 'person' || isOneWord(m.text)) return;
    const words = wordsOf(m.text);
    for (const word of new Set([nameKey(words[0]), nameKey(words[words.length - 1])])) {
      const indices = byWord.get(word);
      if (indices) indices.push(index);
      else byWord.set(word, [index]);
    }
  });
  return byWord;
}

/** The full name a one-word mention stands for: the nearest earlier full name starting or ending with it, else the next one. */
function fullNameFor(mentions: Mention[], at: number, byWord: Map<string, number[]>): Mention | undefined {
  const indices = byWord.get(nameKey(mentions[at].text));
  if (!indices) return undefined;
  const low = firstAtLeast(indices, at);
  return mentions[indices[low > 0 ? low - 1 : 0]];
}

/** True when the letters of an acronym are the initials of the name's capitalised words, in order ("OPEC", "IMF"). */
function abbreviates(acronym: string, name: string): boolean {
  const initials = withoutArticle(name).split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  let at = 0;
  for (const letter of initials) if (letter === acronym[at]) at++;
  return acronym.length >= 2 && at === acronym.length && initials[0] === acronym[0];
}

/** The key of an organization's own name: "the", a possessive and a legal suffix ignored ("Microsoft Corp." is
 *  "microsoft"); a short form ("U.S.") keyed by its full name. */
const organizationKey = cachedByText((name) => resolveAlias(nameKey(companyCore(name))));
/** The key of a place's own name: "the" and a possessive ignored ("Britain's" is "britain"), aliases resolved. */
const placeKey = cachedByText((name) => resolveAlias(nameKey(withoutPossessive(name))));

/** The short name of a full company name's key ("ford" for "ford-motor"), remembered. */
const shortKeyOf = cachedByText(shortCompanyKey);

/** The key of a place's or organization's own name, before short names and acronyms join it to another. */
const ownNameKey = (mention: Mention): string => (mention.kind === 'organization' ? organizationKey(mention.text) : placeKey(mention.text));

/** Organization keys that are the short name of one longer name met in the text ("ford" for "ford-motor", from "Ford
 *  Motor Co."), to that name's key. A short name written with a legal suffix itself ("Mitsubishi Corp.") is a company of
 *  its own, and one shared by two longer names ("Toyota Motor", "Toyota Industries") is left alone. */
function shortNameTargets(mentions: Mention[], keys: string[]): Map<string, string> {
  const suffixed = new Set<string>();
  const longerNames = new Map<string, Set<string>>();
  mentions.forEach((mention, index) => {
    if (mention.kind !== 'organization') return;
    if (hasLegalSuffix(mention.text)) suffixed.add(keys[index]);
    const short = shortKeyOf(keys[index]);
    if (short !== keys[index]) longerNames.set(short, (longerNames.get(short) ?? new Set()).add(keys[index]));
  });
  const targets = new Map<string, string>();
  for (const [short, longer] of longerNames) if (longer.size === 1 && !suffixed.has(short)) targets.set(short, [...longer][0]);
  return targets;
}

/** Acronyms introduced in brackets right after the name they abbreviate ("… Countries (OPEC)"): the acronym's key to
 *  the index of that name's mention. */
function acronymsOf(mentions: Mention[], keys: string[]): Map<string, number> {
  const expansions = new Map<string, number>();
  mentions.forEach((mention, index) => {
    const full = mentions[index - 1];
    if (!full || full.kind !== mention.kind || (mention.kind !== 'organization' && mention.kind !== 'place')) return;
    if (mention.start - full.end === 2 && /^\p{Lu}{2,}$/u.test(mention.text) && abbreviates(mention.text, full.text)) {
      expansions.set(`${mention.kind}|${keys[index]}`, index - 1);
    }
  });
  return expansions;
}

/** The group keys of places and organizations (kind included), by mention; undefined for the other kinds. */
function namedKeys(mentions: Mention[]): (string | undefined)[] {
  const named = (m: Mention): boolean => m.kind === 'organization' || m.kind === 'place';
  const own = mentions.map((m) => (named(m) ? ownNameKey(m) : ''));
  const shortNames = shortNameTargets(mentions, own);
  const joined = (m: Mention, i: number): string => (m.kind === 'organization' ? shortNames.get(own[i]) ?? own[i] : own[i]);
  const keys = mentions.map((m, i) => (!named(m) ? undefined : m.kind === 'organization' ? organizationGroupKey(joined(m, i)) : placeGroupKey(joined(m, i))));
  const acronyms = acronymsOf(mentions, own);
  if (acronyms.size === 0) return keys;
  return keys.map((key, i) => {
    const full = key === undefined ? undefined : acronyms.get(`${mentions[i].kind}|${own[i]}`);
    return full === undefined ? key : keys[full];
  });
}

/** Group keys kept by name or value: the same strings each time, whose hashes grouping's look-ups reuse (a key made
 *  anew is hashed anew, for each of a document's mentions whenever an edit regroups them). */
const personKey = cachedByText((name) => `person|${nameKey(name)}`);
const dateKey = cachedByText((value) => `date|${value}`);
const organizationGroupKey = cachedByText((key) => `organization|${key}`);
const placeGroupKey = cachedByText((key) => `place|${key}`);

/** True for a figure with no unit to say what it counts: a bare number ("three", "40") or an ordinal ("first"). */
export const isBareNumber = (mention: Mention): boolean => mention.figureType === 'number' || mention.figureType === 'ordinal';

/** The key all mentions of one entity share, per mention (kind included). A bare number or ordinal is one fact only
 *  within its sentence (`sentenceOf` gives a mention's sentence): "first" in a quote and "the first reservoirs" two
 *  paragraphs on are not one quantity; money, percentages and quantities with a unit are one fact by value and unit. */
export function groupKeys(mentions: Mention[], sentenceOf: (at: number) => number = () => 0): string[] {
  const byWord = fullNamesByWord(mentions);
  const named = namedKeys(mentions);
  return mentions.map((mention, index) => {
    switch (mention.kind) {
      case 'person': {
        const full = isOneWord(mention.text) ? fullNameFor(mentions, index, byWord) : undefined;
        return personKey((full ?? mention).text);
      }
      case 'date': return mention.value === undefined ? `date|${nameKey(mention.text)}` : dateKey(String(mention.value));
      case 'figure': return `figure|${mention.figureType ?? ''}|${mention.value ?? mention.text}|${mention.unit ?? ''}${isBareNumber(mention) ? `|${sentenceOf(mention.start)}` : ''}`;
      case 'quote': return `quote|${index}`;
      default: return named[index] ?? `${mention.kind}|${nameKey(mention.text)}`;
    }
  });
}

/** True for a name written in capitals only ("GENEVA" in a dateline): shown only when nothing else names the entity. */
const isAllCaps = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text);

/** The names an entity's mentions are written with; a place's or organization's without a possessive when the entity
 *  is also written without one ("Apple's" is Apple, while "McDonald's" alone keeps its "'s"). */
function writtenNames(members: Mention[]): string[] {
  const texts = members.map((m) => m.text);
  if (members[0].kind === 'person' || !texts.some((text) => withoutPossessive(text) === text)) return texts;
  return texts.map(withoutPossessive);
}

/** The name an entity is shown by: the longest name not in capitals (without a leading "the" or a possessive), a date's or figure's first wording, a quote's first words. */
export function canonicalName(members: Mention[]): string {
  const first = members[0];
  if (first.kind === 'quote') {
    const words = wordsOf(first.text);
    return words.length > MAX_QUOTE_NAME_WORDS ? `${words.slice(0, MAX_QUOTE_NAME_WORDS).join(' ')}…` : first.text;
  }
  if (first.kind === 'date' || first.kind === 'figure') return (members.find((m) => !isAllCaps(m.text)) ?? first).text;
  const names = writtenNames(members);
  let best = names[0];
  let bestInCaps = isAllCaps(best);
  for (const name of names) {
    const inCaps = isAllCaps(name);
    if (inCaps !== bestInCaps ? !inCaps : name.length > best.length) { best = name; bestInCaps = inCaps; }
  }
  return withoutArticle(best);
}
