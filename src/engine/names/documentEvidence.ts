// What the tagger's sentence window misses but the article shows: a headline's "MOUNTAIN" is the body's "mountain",
// not a place; "the campaign group Clear Peaks" is an organization; "The Alpine Water Fund" is one by its last word.
import type { TextSpan } from '../types';
import type { DocumentText, PlacedLine } from '../text/lines';
import { isCapitalised, type Token } from '../text/tokens';
import { ORG_SUFFIXES } from './lexicon';
import { overlapTester } from '../text/spanSearch';
import type { NameMention } from './nameMention';

/** Nouns that name what follows them as an organization ("broadcaster CCTV", "campaign group Clear Peaks"). */
const ORG_NOUNS_BEFORE = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'tabloid', 'magazine', 'company', 'group',
  'bank', 'lender', 'carrier', 'insurer', 'miner', 'party', 'ministry', 'regulator', 'automaker', 'retailer', 'conglomerate']);

/** Drops a one-word name written in capitals or opening its sentence whose word the article also writes in lower case. */
export function dropCommonWords(text: string, names: NameMention[], document: DocumentText): NameMention[] {
  const starts = new Set(document.sentences.map((s) => s.start));
  return names.filter((name) => {
    if (name.end - name.start < 4) return true;
    const written = text.slice(name.start, name.end);
    if (/\s/.test(written)) return true;
    const opensLine = starts.has(name.start) || /(?:^|\n)\s*$/.test(text.slice(Math.max(0, name.start - 3), name.start));
    if (!opensLine && written !== written.toUpperCase()) return true;
    return !document.writesInLowerCase(written.toLowerCase());
  });
}

/** True for a name written in capitals, as a headline writes every word. */
const isInCapitals = (written: string): boolean => written.length > 1 && written === written.toUpperCase() && /\p{Lu}/u.test(written);

/** Drops a one-word name in a headline in capitals ("ALPINE" of "ALPINE TOWNS PLEDGE ...") when the article writes that
 *  word only as the first word of longer names ("The Alpine Water Fund"), never as a name alone, and the headline's
 *  next word is one the article writes in lower case ("towns"): there it qualifies a common noun. */
export function dropHeadlineModifiers(text: string, names: NameMention[], document: DocumentText): NameMention[] {
  const alone = new Set<string>();
  const opening = new Set<string>();
  for (const name of names) {
    const written = text.slice(name.start, name.end);
    if (isInCapitals(written)) continue;
    const words = written.replace(/^the\s+/i, '').split(/\s+/);
    (words.length === 1 ? alone : opening).add(words[0].toLowerCase());
  }
  return names.filter((name) => {
    const written = text.slice(name.start, name.end);
    if (!isInCapitals(written) || /\s/.test(written) || !inCapitalsLine(text, name)) return true;
    const key = written.toLowerCase();
    const next = /^[ \t]+(\p{Lu}+)\b/u.exec(text.slice(name.end, name.end + 40))?.[1];
    return alone.has(key) || !opening.has(key) || !next || !document.writesInLowerCase(next.toLowerCase());
  });
}

/** True when the name's line is a headline in capitals: three words or more, no lower-case letter. */
function inCapitalsLine(text: string, name: NameMention): boolean {
  const start = text.lastIndexOf('\n', name.start - 1) + 1;
  const end = text.indexOf('\n', name.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  return !/\p{Ll}/u.test(line) && line.trim().split(/\s+/).length >= 3;
}

/** Makes an organization of a name right after an organization noun. */
export function applyNounBefore(text: string, names: NameMention[]): void {
  for (const name of names) {
    const noun = lowerCaseWordBefore(text, name.start);
    if (noun && ORG_NOUNS_BEFORE.has(noun)) name.kind = 'organization';
  }
}

/** How far before a name its noun is looked for. */
const NOUN_WINDOW = 20;

/** The lower-case word separated from `at` by spaces or tabs only, within NOUN_WINDOW characters ("agency" in
 *  "news agency  Xinhua"); a scan, since a regex over a slice per name showed on every keystroke. */
function lowerCaseWordBefore(text: string, at: number): string | undefined {
  const windowStart = Math.max(0, at - NOUN_WINDOW);
  let wordEnd = at;
  while (wordEnd > windowStart && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === '\t')) wordEnd--;
  if (wordEnd === at) return undefined;
  let wordStart = wordEnd;
  while (wordStart > windowStart && isLowerCaseLetter(text[wordStart - 1])) wordStart--;
  return wordStart < wordEnd ? text.slice(wordStart, wordEnd) : undefined;
}

/** True for a lower-case letter (`\p{Ll}`), ASCII answered without a regex. */
function isLowerCaseLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char > '\u007f' && /\p{Ll}/u.test(char));
}

/** True when the tokens at `left` and `right` are joined by `gap` alone (`gap` a pattern for the text between). */
const joinedBy = (lineText: string, tokens: readonly Token[], left: number, right: number, gap: RegExp): boolean =>
  left >= 0 && right < tokens.length && gap.test(lineText.slice(tokens[left].end, tokens[right].start));

/** True when the name of the run [from, to) goes on past it, so its words are only part of a name the tagger read
 *  otherwise: joined by a hyphen ("Mortgage-Backed Securities"), after "and" and a capitalised word ("Growth and
 *  Income Fund"), or before "of"/"for" and one ("World Wide Fund for Nature"). */
function nameGoesOn(lineText: string, tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.text;
  const after = tokens[to]?.text;
  return joinedBy(lineText, tokens, from - 1, from, /^[-‐–]$/)
    || ((before === 'and' || before === '&') && from > 1 && isCapitalised(tokens[from - 2].text))
    || ((after === 'of' || after === 'for') && to + 1 < tokens.length && isCapitalised(tokens[to + 1].text));
}

/** The organization the run of capitalised tokens [from, to) names by its last word, "the" before it included as the
 *  name's, as the tagger and OntoNotes read it ("the South African Youth Congress"); not a league, which the corpora
 *  count as a competition. */
function organizationOfRun(lineText: string, tokens: readonly Token[], from: number, to: number): TextSpan | undefined {
  const last = tokens[to - 1];
  const words = to - from - (tokens[from].text === 'The' ? 1 : 0);
  if (words < 2 || !ORG_SUFFIXES.has(last.text) || last.text === 'League' || nameGoesOn(lineText, tokens, from, to)) return undefined;
  const first = tokens[from - 1]?.text === 'the' && joinedBy(lineText, tokens, from - 1, from, /^[ \t]+$/) ? from - 1 : from;
  return { start: tokens[first].start, end: last.end };
}

/** Organizations for runs of capitalised words ending in an organization word ("The Alpine Water Fund") the tagger
 *  passed over. */
export function organizationsBySuffix(names: NameMention[], lines: readonly PlacedLine[]): NameMention[] {
  const found: NameMention[] = [];
  const isNamed = overlapTester(names);
  for (const { start: lineStart, line } of lines) {
    for (const sentence of line.tokens) {
      if (!sentence.some((token) => ORG_SUFFIXES.has(token.text))) continue;
      let from = 0;
      for (let i = 0; i <= sentence.length; i++) {
        const token = sentence[i];
        const inRun = token !== undefined && isCapitalised(token.text) && !/['’]s$/.test(token.text);
        if (inRun && (i === from || joinedBy(line.text, sentence, i - 1, i, /^[ \t]+$/))) continue;
        const span = i > from ? organizationOfRun(line.text, sentence, from, i) : undefined;
        const placed = span && { kind: 'organization' as const, start: lineStart + span.start, end: lineStart + span.end };
        if (placed && !isNamed(placed)) found.push(placed);
        from = inRun ? i : i + 1;
      }
    }
  }
  return found;
}
