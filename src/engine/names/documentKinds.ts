// One kind per name in a document: the tagger reads each sentence alone and may call "Putin" a place once,
// "MERKEL" in a capitals headline an organization, or "China-Russia" one place; the rest of the article says better.
import { hasDash, hasSpace } from '../text/characters';
import { cachedByText } from '../text/textCache';
import { isLegalSuffix } from '../entities/companyNames';
import { KNOWN_PLACES } from './gazetteer';
import type { NameKind, NameMention } from './nameMention';

/** The key a name is compared by: its words without a possessive, in lower case. */
const keyOf = cachedByText((written) => written.replace(/['’]s$/i, '').toLowerCase());

/** True for text written all in capitals (a headline word), whose kind counts less than the body's. */
const isShouting = (written: string): boolean => written.length > 4 && written === written.toUpperCase() && /\p{Lu}/u.test(written);

/** The first and last words of the document's multi-word person names ("putin", "xi"), as keys. */
export function personPartsOf(text: string, names: NameMention[]): Set<string> {
  const parts = new Set<string>();
  for (const name of names) {
    if (name.kind !== 'person') continue;
    const ends = endWordsOf(text.slice(name.start, name.end));
    if (ends) for (const word of ends) parts.add(word);
  }
  return parts;
}

/** The first and last word of a name of several words, as keys; undefined for one word. Kept by name: every person of
 *  the document is read twice on every keystroke. */
const endWordsOf = cachedByText((written): readonly string[] | undefined => {
  const words = keyOf(written).split(/\s+/);
  return words.length > 1 ? [words[0], words[words.length - 1]] : undefined;
});

/** What follows the place of a dateline: ", Country", then a date ("1996-08-31", "March 12") or the agency and a dash. */
const DATELINE_AFTER = new RegExp(String.raw`^(?:,[ 	]*\p{Lu}[\p{L}.' -]{0,30}?)?(?:,?[ 	]+(?:\d{4}-\d\d-\d\d|` +
  String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ 	]+\d{1,2})|[ 	]*\([^)
]{1,40}\)[ 	]*[-–—])`, 'u');

/** True for the place of a dateline ("NEW YORK 1996-08-31", "GENEVA, March 12 (Reuters) -"): whatever the same words
 *  are elsewhere in the article (a team in a results line), there they are a place. */
function isDateline(text: string, name: NameMention): boolean {
  return opensLine(text, name.start) && DATELINE_AFTER.test(text.slice(name.end, name.end + 60));
}

/** True when only spaces and tabs stand between `at` and the "\n" before it (or the text's start); a scan back from
 *  `at`, since searching for the line's start reads a whole paragraph for every name, on every keystroke. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** The kinds a tally counts, in its order. */
const KINDS: readonly NameKind[] = ['person', 'organization', 'place'];
const KIND_INDEX: Record<NameKind, number> = { person: 0, organization: 1, place: 2 };

/** A name's key and whether it is written in capitals; kept by name, since every mention is voted on each keystroke. */
const spellingOf = cachedByText((written) => ({ key: keyOf(written), shouting: isShouting(written) }));

/** The kind with strictly the most votes of a tally (by KINDS), undefined on a tie. */
function mostOf(tally: readonly number[]): NameKind | undefined {
  const ranked = KINDS.filter((_, k) => tally[k] > 0).sort((a, b) => tally[KIND_INDEX[b]] - tally[KIND_INDEX[a]]);
  if (ranked.length === 0) return undefined;
  return ranked.length === 1 || tally[KIND_INDEX[ranked[0]]] > tally[KIND_INDEX[ranked[1]]] ? ranked[0] : undefined;
}

/** Adds a mention's kind to its name's tally. */
function vote(tallies: Map<string, number[]>, key: string, kind: NameKind, weight: number): void {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = [0, 0, 0]));
  tally[KIND_INDEX[kind]] += weight;
}

/** Settles the kind of the mentions the tagger cannot read alone. A lone surname of a person named in full is that
 *  person, unless the article writes courtesy titles (`courtesy`: "Mr. Hearst" is the man, a bare "Hearst" the firm). A name with `telling` mentions (whose context says what it is: "chief executive of Helvetia Hydro", "beat
 *  Chelsea 2-1") takes the kind most of those have, in every mention. A name written in capitals (a headline word)
 *  takes the kind most of the name's mentions have, its own capitals counting half. A dateline names a place, and
 *  neither votes nor changes. Other mentions keep the tagger's kind: its second pass already weighs the article's other
 *  readings of each word (tagger/documentVotes.ts), and a vote here on top of it cost on both dev splits. */
export function harmoniseKinds(text: string, names: NameMention[], telling: ReadonlySet<NameMention> = new Set(), courtesy = false): void {
  const personParts = personPartsOf(text, names);
  const all = new Map<string, number[]>();
  const told = new Map<string, number[]>();
  // Each mention's spelling, undefined for a dateline's place.
  const spellings = names.map((name) => {
    if (isDateline(text, name)) return undefined;
    const spelling = spellingOf(text.slice(name.start, name.end));
    vote(all, spelling.key, name.kind, spelling.shouting ? 0.5 : 1);
    if (telling.has(name)) vote(told, spelling.key, name.kind, 1);
    return spelling;
  });
  names.forEach((name, i) => {
    const spelling = spellings[i];
    if (spelling === undefined) { name.kind = 'place'; return; }
    const { key, shouting } = spelling;
    if (!courtesy && !key.includes(' ') && personParts.has(key)) { name.kind = 'person'; return; }
    const tally = told.get(key) ?? (shouting ? all.get(key) : undefined);
    const winner = tally && mostOf(tally);
    if (winner) name.kind = winner;
  });
}

/** True when a part of a joined name is a name on its own: named elsewhere in the article, or a known place. */
const standsAlone = (part: string, known: Set<string>): boolean => known.has(part.toLowerCase()) || KNOWN_PLACES.has(part);

/** The two parts and the dash of a name joined by a dash ("China-Russia"), null for any other name; kept by name. */
const joinedPartsOf = cachedByText((written): RegExpExecArray | null =>
  (/[-–—]/.test(written) ? /^(\p{Lu}[\p{L}.]*)([-–—])(\p{Lu}[\p{L}.]*)$/u.exec(written) : null));

/** "China-Russia" or "U.S.–China" in a line where both parts are known places, as one place (split later): a pairing of
 *  countries is read by what its parts are, whatever the tagger makes of the joined word ("China-Russia trade"). */
export function joinedKnownPlaces(line: string): NameMention[] {
  const places: NameMention[] = [];
  for (const m of line.matchAll(/(?<![\p{L}.\-–—])(\p{Lu}[\p{L}.]*)[-–—](\p{Lu}[\p{L}.]*)(?![\p{L}\-–—])/gu)) {
    // The second part may end a sentence: "… with the U.S.-U.K." keeps "U.K."'s period, "… China-Russia." drops it.
    const second = KNOWN_PLACES.has(m[2]) ? m[2] : m[2].replace(/\.$/, '');
    if (KNOWN_PLACES.has(m[1]) && KNOWN_PLACES.has(second)) places.push({ kind: 'place', start: m.index, end: m.index + m[1].length + 1 + second.length });
  }
  return places;
}

/** Joins two names one space apart back into one when together they are written as one name elsewhere in the
 *  article: the tagger may read "Lind said Norrland Kraft would" as a person "Norrland" and a firm "Kraft" after
 *  "chief executive of Norrland Kraft". The joined name takes the kind of the whole one. A legal form read as a name of
 *  its own ("Nestle" and "SA") joins the name before it, as an organization. */
export function rejoinSplitNames(text: string, names: NameMention[]): NameMention[] {
  const whole = new Map<string, NameKind>();
  // Only a name with a space is a whole name; the others are not sliced.
  for (const name of names) if (hasSpace(text, name.start, name.end)) whole.set(text.slice(name.start, name.end), name.kind);
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const out: NameMention[] = [];
  for (const name of sorted) {
    const last = out[out.length - 1];
    const adjoins = last && last.end + 1 === name.start && text[last.end] === ' ';
    const kind = !adjoins ? undefined : isLegalSuffix(text.slice(name.start, name.end)) ? 'organization' : whole.get(text.slice(last.start, name.end));
    if (kind) out[out.length - 1] = { ...last, kind, end: name.end };
    else out.push(name);
  }
  return out;
}

/** Splits "China-Russia" or "India–Pakistan" into two names when each part stands alone. */
export function splitJoinedNames(text: string, names: NameMention[]): NameMention[] {
  let known: Set<string> | undefined;
  const split: NameMention[] = [];
  for (const name of names) {
    const parts = hasDash(text, name.start, name.end) ? joinedPartsOf(text.slice(name.start, name.end)) : null;
    known ??= parts ? new Set(names.map((other) => keyOf(text.slice(other.start, other.end)))) : undefined;
    if (!parts || !known || !standsAlone(parts[1], known) || !standsAlone(parts[3], known)) {
      split.push(name);
      continue;
    }
    const second = name.start + parts[1].length + parts[2].length;
    split.push({ kind: name.kind, start: name.start, end: name.start + parts[1].length }, { kind: name.kind, start: second, end: name.end });
  }
  return split;
}
