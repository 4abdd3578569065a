// Which mentions are one entity: full names absorb their short forms, dates share a value, figures a value and unit.
import type { Mention } from '../types';
import { resolveAlias } from './aliases';
import { nameKey, withoutArticle } from './slug';

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
  let low = 0;
  let high = indices.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (indices[middle] < at) low = middle + 1;
    else high = middle;
  }
  return mentions[indices[low > 0 ? low - 1 : 0]];
}

/** True when the letters of an acronym are the initials of the name's capitalised words, in order ("OPEC", "IMF"). */
function abbreviates(acronym: string, name: string): boolean {
  const initials = withoutArticle(name).split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  let at = 0;
  for (const letter of initials) if (letter === acronym[at]) at++;
  return acronym.length >= 2 && at === acronym.length && initials[0] === acronym[0];
}

/** Acronyms introduced in brackets right after the name they abbreviate ("… Countries (OPEC)"), with that name's key. */
function acronymsOf(mentions: Mention[]): Map<string, string> {
  const expansions = new Map<string, string>();
  mentions.forEach((mention, index) => {
    const full = mentions[index - 1];
    if (!full || full.kind !== mention.kind || (mention.kind !== 'organization' && mention.kind !== 'place')) return;
    if (mention.start - full.end === 2 && /^\p{Lu}{2,}$/u.test(mention.text) && abbreviates(mention.text, full.text)) {
      expansions.set(`${mention.kind}|${nameKey(mention.text)}`, `${full.kind}|${resolveAlias(nameKey(full.text))}`);
    }
  });
  return expansions;
}

/** The key all mentions of one entity share, per mention (kind included). */
export function groupKeys(mentions: Mention[]): string[] {
  const byWord = fullNamesByWord(mentions);
  const acronyms = acronymsOf(mentions);
  return mentions.map((mention, index) => {
    switch (mention.kind) {
      case 'person': {
        const full = isOneWord(mention.text) ? fullNameFor(mentions, index, byWord) : undefined;
        return `person|${nameKey((full ?? mention).text)}`;
      }
      case 'date': return `date|${mention.value ?? nameKey(mention.text)}`;
      case 'figure': return `figure|${mention.figureType ?? ''}|${mention.value ?? mention.text}|${mention.unit ?? ''}`;
      case 'quote': return `quote|${index}`;
      default: {
        const key = `${mention.kind}|${resolveAlias(nameKey(mention.text))}`;
        return acronyms.get(`${mention.kind}|${nameKey(mention.text)}`) ?? key;
      }
    }
  });
}

/** True for a name written in capitals only ("GENEVA" in a dateline): shown only when nothing else names the entity. */
const isAllCaps = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text);

/** The name an entity is shown by: the longest name not in capitals (without a leading "the"), a date's or figure's first wording, a quote's first words. */
export function canonicalName(members: Mention[]): string {
  const first = members[0];
  if (first.kind === 'quote') {
    const words = wordsOf(first.text);
    return words.length > MAX_QUOTE_NAME_WORDS ? `${words.slice(0, MAX_QUOTE_NAME_WORDS).join(' ')}…` : first.text;
  }
  if (first.kind === 'date' || first.kind === 'figure') return (members.find((m) => !isAllCaps(m.text)) ?? first).text;
  let best = first;
  let bestInCaps = isAllCaps(first.text);
  for (const member of members) {
    const inCaps = isAllCaps(member.text);
    if (inCaps !== bestInCaps ? !inCaps : member.text.length > best.text.length) { best = member; bestInCaps = inCaps; }
  }
  return withoutArticle(best.text);
}
