// `name-variant`: one person or organization spelled two ways in a draft ("Mishustin" … "Mishustine", "Alikhanov" …
// "Alikanov", "Jon Smyth" … "John Smyth"). Two entities of one kind whose names differ in one word, by a letter or two
// or a transliteration variant, are one name misspelt, unless the draft itself shows two: both named in full in one
// sentence, or each spelling used more than once. A person's surname misspelt and read as a one-word organization or
// place ("Cllinton") counts too. The fix writes the first reference's spelling, here or at every mention.
import { cachedByText } from '../text/textCache';
import type { DocumentText } from '../text/lines';
import { firstEndingAfter, firstStartingAt } from '../text/spanSearch';
import type { Entity, Mention } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';

/** Spellings transliteration gives one sound ("Alexei"/"Aleksei", "Yuri"/"Iouri"), folded before comparing. */
const TRANSLITERATIONS: readonly [RegExp, string][] = [[/ks/g, 'x'], [/kh/g, 'h'], [/ph/g, 'f'], [/(?:sch|sh)/g, 's'], [/tch|ch/g, 'c'],
  [/ou/g, 'u'], [/[yj]/g, 'i'], [/ii/g, 'i'], [/ff/g, 'v'], [/w/g, 'v'], [/e$/g, '']];

const fold = (word: string): string => TRANSLITERATIONS.reduce((w, [from, to]) => w.replace(from, to), word.toLowerCase());

/** Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one span), stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** True when two different words are one name spelt two ways: the same first letter, and one letter apart (two in
 *  words of nine letters or more), or the same once transliteration variants are folded. Not a plural or a full stop
 *  apart ("Soup"/"Soups", "Wood"/"Woods", "Inc"/"Inc."), not a headline's capitals against the body's spelling, and
 *  not two acronyms ("YMCA"/"YWCA"). */
function areVariants(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let answer = variantAnswers.get(key);
  if (answer === undefined) {
    if (variantAnswers.size >= MAX_REMEMBERED_PAIRS) variantAnswers.clear();
    answer = spellingsOfOneName(a, b);
    variantAnswers.set(key, answer);
  }
  return answer;
}

/** Pairs of words already compared, across runs: typing compares the same names again on every keystroke. */
const variantAnswers = new Map<string, boolean>();
const MAX_REMEMBERED_PAIRS = 50_000;

/** areVariants, worked out. */
function spellingsOfOneName(a: string, b: string): boolean {
  const [x, y] = [a.replace(/\.$/, ''), b.replace(/\.$/, '')];
  if (/\d/.test(x) || /\d/.test(y)) return false; // "APW19980213.1320" is a code, not a name
  if (x === y || x[0].toLowerCase() !== y[0].toLowerCase()) return false;
  if (isCapitals(x) !== isCapitals(y) || (isCapitals(x) && Math.max(x.length, y.length) <= 5)) return false; // "YMCA"/"YWCA"

  const [lx, ly] = [x.toLowerCase(), y.toLowerCase()];
  if (lx.replace(/e?s$/, '') === ly.replace(/e?s$/, '') || lx + 's' === ly || ly + 's' === lx) return false;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 3) return false;
  if (shorter >= 4 && fold(x) === fold(y)) return true;
  return editDistance(lx, ly, 2) <= (shorter >= 9 ? 2 : 1);
}

/** True for a word in capitals ("PHOTOGRAPH"). */
const isCapitals = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** The one word two names differ in, aligned from their ends (a surname alone against a full name), or undefined
 *  when they differ in none or in more than one. */
function differingWord(a: readonly string[], b: readonly string[]): { index: number; a: string; b: string } | undefined {
  const n = Math.min(a.length, b.length);
  let found: { index: number; a: string; b: string } | undefined;
  for (let k = 1; k <= n; k++) {
    const [wa, wb] = [a[a.length - k], b[b.length - k]];
    if (wa === wb) continue;
    if (found) return undefined;
    found = { index: b.length - k, a: wa, b: wb };
  }
  return found;
}

/** The one word two names differ in when they are one name spelt two ways ("Mikhail Mishustin" and "Mishustine": "Mishustin"
 *  and "Mishustine"), as the draft check compares them; undefined for two names. Pure, so the checks across a story
 *  package's articles (packageChecks) compare names exactly as the draft check does. */
export function spellingVariant(a: string, b: string): { a: string; b: string } | undefined {
  const diff = differingWord(wordsOf(a), wordsOf(b));
  return diff && areVariants(diff.a, diff.b) ? { a: diff.a, b: diff.b } : undefined;
}

/** The sentence index of each offset, for "both spellings in one sentence": the analysis's own sentences. */
function sentenceOf(sentences: readonly { start: number; end: number }[]): (at: number) => number {
  return (at) => firstEndingAfter(sentences, at);
}

/** The words of an entity's name. */
/** A name's words, kept by name: every run reads the words of every entity's name. The array is shared: read only. */
const wordsOf: (name: string) => readonly string[] = cachedByText((name) => name.split(/\s+/).filter(Boolean));

/** True when `word` (no spaces in it) is one of wordsOf(text), found without splitting the text. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || /\s/.test(text[at - 1])) && (end === text.length || /\s/.test(text[end]))) return true;
  }
  return false;
}

/** How many entities of one kind are compared pairwise at most: past it a draft is an archive, not a story. */
const MAX_ENTITIES = 400;

/** A capitalised word of the text, where a misspelt surname the tagger did not read as a name may stand. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?![\p{L}\p{M}'’-])/gu;

/** True when a word is a one-letter slip of a surname; remembered across runs by pair, like areVariants. */
function isSlipOf(surname: string, word: string): boolean {
  const key = `${surname}\u0000${word}`;
  let answer = slipAnswers.get(key);
  if (answer === undefined) {
    if (slipAnswers.size >= MAX_REMEMBERED_PAIRS) slipAnswers.clear();
    answer = spellingsOfOneName(surname, word) && editDistance(surname.toLowerCase(), word.toLowerCase(), 1) <= 1;
    slipAnswers.set(key, answer);
  }
  return answer;
}
const slipAnswers = new Map<string, boolean>();

/** The surnames each word was found a slip of, under the last run's surnames (by initial, in order), and the number
 *  of that epoch: which words are slips of a surname changes only with a new one. */
let lastSlips: { surnames: string; byWord: Map<string, string[]>; epoch: number } | undefined;
let epochs = 0;

/** Which surnames each word is a slip of, kept from the last run when the draft's surnames are the same: typing rarely
 *  changes them, and the words of a draft are thousands. The epoch is new whenever the answers may be. */
function slipsUnder(byInitial: ReadonlyMap<string, readonly [string, unknown][]>): { byWord: Map<string, string[]>; epoch: number } {
  const surnames = [...byInitial.values()].map((list) => list.map(([surname]) => surname).join(' ')).join('\u0001');
  if (lastSlips?.surnames !== surnames || lastSlips.byWord.size >= MAX_REMEMBERED_PAIRS) lastSlips = { surnames, byWord: new Map(), epoch: ++epochs };
  return lastSlips;
}

/** Misspelt surnames the tagger did not take for a person ("Bill Gates spoke. Gtes said"): a capitalised word outside
 *  every person's mention and every longer or abbreviated organization or place, one letter from the surname (of
 *  five letters or more) of a person named in full before it, that the draft never writes in lower case nor as a
 *  person's name of its own. */
function unreadVariants(draft: DraftText, found: readonly CheckFinding[], document: DocumentText, names: readonly (readonly string[])[]): CheckFinding[] {
  const { analysis } = draft;
  const people = indicesWhere(analysis.entities, (e, i) => e.kind === 'person' && names[i].length > 1);
  if (people.length === 0 || people.length > MAX_ENTITIES) return [];
  const surnames = new Map<string, { entity: Entity; first: Mention }>();
  for (const i of people) {
    const entity = analysis.entities[i];
    surnames.set(names[i].at(-1)!, { entity, first: analysis.mentions[entity.mentions[0]] });
  }
  // Only surnames of five letters or more, by first letter: a word is compared with those that could be its variant.
  const byInitial = new Map<string, [string, { entity: Entity; first: Mention }][]>();
  for (const entry of surnames) {
    if (entry[0].length < 5) continue;
    const list = byInitial.get(entry[0][0]) ?? [];
    list.push(entry);
    byInitial.set(entry[0][0], list);
  }
  // What a slipped word is checked against, worked out only when a word of the draft is a slip of a surname (rare,
  // and then for a word or two: the persons' mentions are searched for it rather than split into a set of words).
  const namedWords = new Map<string, boolean>();
  const isNamed = (word: string): boolean => {
    let named = namedWords.get(word);
    if (named === undefined) namedWords.set(word, (named = analysis.mentions.some((m) => m.kind === 'person' && hasWord(m.text, word))));
    return named;
  };
  let longestName: number | undefined;
  const insideName = (span: { start: number; end: number }): boolean => overlapsName(analysis.mentions, span, (longestName ??= longestNameIn(analysis.mentions)));
  const flagged = new Set(found.map((f) => f.start));
  const findings: CheckFinding[] = [];
  // Which surnames each distinct word of this run is a slip of (a word recurs). Which surnames a word is a slip of is
  // kept across runs while the draft's surnames stay the same (slipsUnder), and each word and surname pair is compared
  // once (isSlipOf), so a keystroke that changes the draft's surnames compares only the new ones.
  const slipsOf = new Map<string, [string, { entity: Entity; first: Mention }][]>();
  const { byWord: slipsByWord, epoch } = slipsUnder(byInitial);
  const slippedSurnamesOf = (word: string): string[] => {
    if (word.length < 4) return [];
    let slippedSurnames = slipsByWord.get(word);
    if (!slippedSurnames) {
      slippedSurnames = (byInitial.get(word[0]) ?? []).filter(([surname]) => Math.abs(surname.length - word.length) <= 1 && isSlipOf(surname, word)).map(([surname]) => surname);
      slipsByWord.set(word, slippedSurnames);
    }
    return slippedSurnames;
  };
  const surnamesSlippedTo = (word: string): [string, { entity: Entity; first: Mention }][] => {
    if (word.length < 4 || surnames.has(word) || isNamed(word)) return [];
    let slipped = slipsOf.get(word);
    if (!slipped) {
      slipped = slippedSurnamesOf(word).map((surname) => [surname, surnames.get(surname)!] as [string, { entity: Entity; first: Mention }]);
      if (slipped.length > 0 && document.writesInLowerCase(word.toLowerCase())) slipped = []; // "Later" of "later": a word, not a name
      slipsOf.set(word, slipped);
    }
    return slipped;
  };
  // Each paragraph's capitalised words that are slips are remembered while the surnames stay the same (the epoch).
  draft.eachMatch(CAPITALISED_WORD, (word, start) => {
    const slipped = surnamesSlippedTo(word);
    if (slipped.length === 0 || flagged.has(start) || insideName({ start, end: start + word.length })) return;
    for (const [surname, { entity, first }] of slipped) {
      if (first.start > start) continue;
      findings.push({
        rule: 'name-variant', start, end: start + word.length, text: word, severity: 'information',
        message: `"${word}" here, "${surname}" at the first reference (${entity.name}): one person spelt two ways?`,
        fixes: [{ title: `Change to "${surname}"`, edits: [{ start, end: start + word.length, newText: surname }] }],
        related: [{ start: first.start, end: first.end, message: `the first reference: "${first.text}"` }],
      });
      break;
    }
  }, (word) => slippedSurnamesOf(word).length > 0, epoch);
  return findings;
}

/** The mentions whose words are a name's own: persons, organizations and places of more than a word
 *  ("Buckeridge & Young Ltd."), and abbreviations ("Colo."). */
const isNameOwningWords = (m: Mention): boolean =>
  m.kind === 'person' || ((m.kind === 'organization' || m.kind === 'place') && (/\s/.test(m.text) || m.text.endsWith('.')));

/** The longest mention of a person, organization or place, which bounds the search of overlapsName (their texts are
 *  not read: a bound is all it needs). */
function longestNameIn(mentions: readonly Mention[]): number {
  let longest = 0;
  for (const m of mentions) if (m.end - m.start > longest && (m.kind === 'person' || m.kind === 'organization' || m.kind === 'place')) longest = m.end - m.start;
  return longest;
}

/** True when the span overlaps a mention isNameOwningWords takes, none longer than `longest`: `mentions` are in
 *  document order, so only those starting within `longest` before the span's end are read (nothing is built). */
function overlapsName(mentions: readonly Mention[], span: { start: number; end: number }, longest: number): boolean {
  for (let i = firstStartingAt(mentions, span.end) - 1; i >= 0 && mentions[i].start > span.start - longest; i--) {
    const m = mentions[i];
    if (m.end > span.start && isNameOwningWords(m)) return true;
  }
  return false;
}

/** The pairs (i < j) of names that may differ in one word by a slip: their last words share a first letter, and are
 *  the same or of lengths at most two apart (names whose last words differ differ in them). Bucketing by that letter
 *  spares a long article most of its pairs. */
function comparablePairs(names: readonly (readonly string[])[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  names.forEach((words, i) => {
    const initial = words[words.length - 1]?.[0]?.toLowerCase();
    if (initial === undefined) return;
    const bucket = buckets.get(initial) ?? [];
    bucket.push(i);
    buckets.set(initial, bucket);
  });
  const pairs: [number, number][] = [];
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      const a = names[bucket[x]][names[bucket[x]].length - 1];
      for (let y = x + 1; y < bucket.length; y++) {
        const b = names[bucket[y]][names[bucket[y]].length - 1];
        if (a === b || Math.abs(a.length - b.length) <= 2) pairs.push([bucket[x], bucket[y]]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Two names one word apart by a slip, and that word in each. */
interface VariantPair {
  i: number;
  j: number;
  diff: { index: number; a: string; b: string };
}

/** The last names compared, per kind, and the pairs found: typing rarely changes a draft's names, so a keystroke
 *  reuses the comparison. */
const lastComparison = new Map<string, { names: readonly (readonly string[])[]; key: string; pairs: VariantPair[] }>();

/** True when two lists hold the same arrays in the same order: names whose words are the very arrays wordsOf gave. */
const sameArrays = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean =>
  a.length === b.length && a.every((words, i) => words === b[i]);

/** The pairs of names (in first-mention order) that are one name spelt two ways, as far as their words can tell. */
function variantPairs(kind: string, names: readonly (readonly string[])[]): VariantPair[] {
  const kept = lastComparison.get(kind);
  if (kept && sameArrays(kept.names, names)) return kept.pairs;
  const key = names.map((words) => words.join(' ')).join('\u0001');
  if (kept?.key === key) {
    lastComparison.set(kind, { ...kept, names });
    return kept.pairs;
  }
  const pairs: VariantPair[] = [];
  for (const [i, j] of comparablePairs(names)) {
    const diff = differingWord(names[i], names[j]);
    if (diff && areVariants(diff.a, diff.b)) pairs.push({ i, j, diff });
  }
  lastComparison.set(kind, { names, key, pairs });
  return pairs;
}

/** The indices of the items `test` takes, in order. */
function indicesWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number[] {
  const taken: number[] = [];
  for (let i = 0; i < items.length; i++) if (test(items[i], i)) taken.push(i);
  return taken;
}

/** The words read of an entity that is not a name (a date, a figure): none, so its name is never split nor looked up. */
const NO_WORDS: readonly string[] = [];

/** Findings for the later, rarer spelling of every name the draft writes two ways. */
export function nameVariantFindings(draft: DraftText, document: DocumentText,
  differentNames: readonly (readonly [string, string])[] = []): CheckFinding[] {
  const { analysis } = draft;
  const different = new Set(differentNames.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
  const findings: CheckFinding[] = [];
  const sentence = sentenceOf(document.sentences);
  const mentionsOf = (entity: Entity): Mention[] => entity.mentions.map((i) => analysis.mentions[i]);
  // Each entity's name's words, by its index: looked up once per run, however many of the steps below read them.
  const names = analysis.entities.map((e) => (e.kind === 'person' || e.kind === 'organization' || e.kind === 'place' ? wordsOf(e.name) : NO_WORDS));
  const firstStart = (i: number): number => analysis.mentions[analysis.entities[i].mentions[0]].start;
  for (const kind of ['person', 'organization'] as const) {
    // A person's misspelt surname may be read as a one-word organization or place: those are compared with people.
    const misreadSurname = (e: Entity, i: number): boolean => kind === 'person' && (e.kind === 'organization' || e.kind === 'place') && e.mentions.length === 1 && names[i].length === 1;
    const compared = indicesWhere(analysis.entities, (e, i) => (e.kind === kind || misreadSurname(e, i)) && e.mentions.length > 0);
    if (compared.length > MAX_ENTITIES) continue;
    compared.sort((x, y) => firstStart(x) - firstStart(y));
    const entities = compared.map((i) => analysis.entities[i]);
    const words = compared.map((i) => names[i]);
    for (const { i, j, diff } of variantPairs(kind, words)) {
      if (entities[i].kind === kind) {
        const [first, later] = [entities[i], entities[j]];
        if (different.has(`${diff.a}\u0000${diff.b}`)) continue;
        const [a, b] = [mentionsOf(first), mentionsOf(later)];
        if (a.length > 1 && b.length > 1) continue;
        const inFull = (m: Mention): boolean => /\s/.test(m.text);
        const sentencesNamingAInFull = new Set(a.filter(inFull).map((m) => sentence(m.start)));
        if (b.some((m) => inFull(m) && sentencesNamingAInFull.has(sentence(m.start)))) continue;
        const spans = b.flatMap((mention) => {
          const at = mention.text.indexOf(diff.b);
          return at < 0 ? [] : [{ start: mention.start + at, end: mention.start + at + diff.b.length }];
        });
        const all = { title: `Change all ${spans.length} to "${diff.a}"`, edits: spans.map((span) => ({ ...span, newText: diff.a })) };
        for (const span of spans) {
          findings.push({
            rule: 'name-variant', ...span, text: diff.b, severity: 'information',
            message: `"${diff.b}" here, "${diff.a}" at the first reference (${first.name}): one ${kind} spelt two ways?`,
            fixes: [{ title: `Change to "${diff.a}"`, edits: [{ ...span, newText: diff.a }] }, ...(spans.length > 1 ? [all] : [])],
            related: [{ start: a[0].start, end: a[0].end, message: `the first reference: "${a[0].text}"` }],
          });
        }
      }
    }
  }
  findings.push(...unreadVariants(draft, findings, document, names).filter((f) => !different.has(`${f.fixes![0].edits[0].newText}\u0000${f.text}`)));
  return findings.sort((x, y) => x.start - y.start);
}
