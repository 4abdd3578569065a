// What the tagger's sentence window misses but the article shows: a headline's "MOUNTAIN" is the body's "mountain",
// not a place; "the campaign group Clear Peaks" is an organization; "The Alpine Water Fund" is one by its last word.
import type { TextSpan } from '../types';
import type { DocumentText, LineText, PlacedLine } from '../text/lines';
import { cachedByLine, lineAt } from '../text/lineCache';
import { hasAsciiLowerCase, hasWhitespace } from '../text/characters';
import { isCapitalised, type Token } from '../text/tokens';
import { cachedByText } from '../text/textCache';
import { ORG_SUFFIXES } from './lexicon';
import { firstStartingAt, overlapTester } from '../text/spanSearch';
import type { NameMention } from './nameMention';

/** Nouns that name what follows them as an organization ("broadcaster CCTV", "campaign group Clear Peaks"). */
const ORG_NOUNS_BEFORE = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'tabloid', 'magazine', 'company', 'group',
  'bank', 'lender', 'carrier', 'insurer', 'miner', 'party', 'ministry', 'regulator', 'automaker', 'retailer', 'conglomerate']);

/** What `dropCommonWords` reads of how a name is written, kept by name (the same names recur on every keystroke): its
 *  shape (several words, one word in capitals, or one word in mixed case), whether it is in capitals, and its words
 *  lower-cased (the whole name for one word). */
interface Writing {
  shape: 'words' | 'capitals' | 'mixed';
  inCapitals: boolean;
  lowerWords: readonly string[];
}
const writingOf = cachedByText((written): Writing => {
  const several = /\s/.test(written);
  return {
    shape: several ? 'words' : written === written.toUpperCase() ? 'capitals' : 'mixed',
    inCapitals: isInCapitals(written),
    lowerWords: several ? written.split(/\s+/).map((word) => word.toLowerCase()) : [written.toLowerCase()],
  };
});

/** True when a sentence of the document starts at `at`. */
function startsSentence(document: DocumentText, at: number): boolean {
  const i = firstStartingAt(document.sentences, at);
  return i < document.sentences.length && document.sentences[i].start === at;
}

/** True when a sentence of the document starts at `at`, or only spaces (at most three characters) stand between it and
 *  the text's start or a line break. */
const opensLineOrSentence = (text: string, at: number, document: DocumentText): boolean =>
  startsSentence(document, at) || /(?:^|\n)\s*$/.test(text.slice(Math.max(0, at - 3), at));

/** Drops a one-word name written in capitals or opening its sentence whose word the article also writes in lower case,
 *  and a name of several words in capitals ("MOUNTAIN WATER" of a headline) every word of which it writes so. */
export function dropCommonWords(text: string, names: NameMention[], document: DocumentText): NameMention[] {
  return names.filter((name) => {
    if (name.end - name.start < 4) return true;
    // Most names have a lower-case letter, so are not in capitals: one word among them is dropped only opening its
    // line or sentence, several words never. Answered from the characters, before slicing the name.
    if (hasAsciiLowerCase(text, name.start, name.end) && (hasWhitespace(text, name.start, name.end) || !opensLineOrSentence(text, name.start, document))) return true;
    const { shape, inCapitals, lowerWords } = writingOf(text.slice(name.start, name.end));
    if (shape === 'words') return !inCapitals || !lowerWords.every((word) => document.writesInLowerCase(word));
    if (shape === 'mixed' && !opensLineOrSentence(text, name.start, document)) return true;
    return !document.writesInLowerCase(lowerWords[0]);
  });
}

/** True for a name written in capitals, as a headline writes every word. */
const isInCapitals = (written: string): boolean => written.length > 1 && written === written.toUpperCase() && /\p{Lu}/u.test(written);

/** True for one word in capitals ("ALPINE"), kept by name since the same names recur on every keystroke. */
const isOneWordInCapitals = cachedByText((written) => isInCapitals(written) && !/\s/.test(written));

/** What a name not in capitals says of its first word (after a "the"): written alone ("Alpine") or opening a longer
 *  name ("Alpine Water Fund"); undefined for a name in capitals. Kept by name. */
const firstWordOf = cachedByText((written): { word: string; alone: boolean } | undefined => {
  if (isInCapitals(written)) return undefined;
  const words = written.replace(/^the\s+/i, '').split(/\s+/);
  return { word: words[0].toLowerCase(), alone: words.length === 1 };
});

/** Drops a one-word name in a headline in capitals ("ALPINE" of "ALPINE TOWNS PLEDGE ...") when the article writes that
 *  word only as the first word of longer names ("The Alpine Water Fund"), never as a name alone, and the headline's
 *  next word is one the article writes in lower case ("towns"): there it qualifies a common noun. */
export function dropHeadlineModifiers(text: string, names: NameMention[], document: DocumentText): NameMention[] {
  const inHeadline = names.filter((name) => !hasAsciiLowerCase(text, name.start, name.end) && isOneWordInCapitals(text.slice(name.start, name.end))
    && inCapitalsLine(text, name, document));
  if (inHeadline.length === 0) return names.slice();
  const alone = new Set<string>();
  const opening = new Set<string>();
  for (const name of names) {
    const first = firstWordOf(text.slice(name.start, name.end));
    if (first) (first.alone ? alone : opening).add(first.word);
  }
  const dropped = new Set(inHeadline.filter((name) => {
    const key = text.slice(name.start, name.end).toLowerCase();
    const next = /^[ \t]+(\p{Lu}+)\b/u.exec(text.slice(name.end, name.end + 40))?.[1];
    return !(alone.has(key) || !opening.has(key) || !next || !document.writesInLowerCase(next.toLowerCase()));
  }));
  return names.filter((name) => !dropped.has(name));
}

/** True for a line of the document that writes a lower-case letter, read once per line. */
const writesLowerCase = cachedByLine((line: LineText): boolean => /\p{Ll}/u.test(line.text));

/** True when the name's line is a headline in capitals: three words or more, no lower-case letter. (The document's line
 *  holding the name lies inside the text's line, which a lone "\r" does not end, so a lower-case letter in it answers
 *  first; only a line in capitals is searched for.) */
function inCapitalsLine(text: string, name: NameMention, document: DocumentText): boolean {
  if (writesLowerCase(lineAt(document.lines, name.start).line)) return false;
  const start = text.lastIndexOf('\n', name.start - 1) + 1;
  const end = text.indexOf('\n', name.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  return !/\p{Ll}/u.test(line) && line.trim().split(/\s+/).length >= 3;
}

/** Nouns of settlements and territories that name a place after "of": "the village of Zermatt", "the province of Hubei". */
const PLACE_NOUNS_BEFORE_OF = new Set(['village', 'town', 'city', 'province', 'region', 'canton', 'county', 'district',
  'island', 'islands', 'municipality', 'commune', 'state', 'emirate', 'kingdom', 'republic', 'hamlet', 'suburb']);

/** Makes an organization of a name right after an organization noun ("broadcaster CCTV"), and a place of a name after
 *  a settlement's or territory's noun and "of" ("the village of Zermatt"). */
export function applyNounBefore(text: string, names: NameMention[]): void {
  for (const name of names) {
    const before = lowerCaseWordBefore(text, name.start);
    if (!before) continue;
    if (ORG_NOUNS_BEFORE.has(before.word)) name.kind = 'organization';
    else if (before.word === 'of' && PLACE_NOUNS_BEFORE_OF.has(lowerCaseWordBefore(text, before.start)?.word ?? '')) name.kind = 'place';
  }
}

/** How far before a name its noun is looked for. */
const NOUN_WINDOW = 20;

/** The lower-case word separated from `at` by spaces or tabs only, within NOUN_WINDOW characters ("agency" in
 *  "news agency  Xinhua"), and where it starts; a scan, since a regex over a slice per name showed on every keystroke. */
function lowerCaseWordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const windowStart = Math.max(0, at - NOUN_WINDOW);
  let wordEnd = at;
  while (wordEnd > windowStart && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === '\t')) wordEnd--;
  if (wordEnd === at) return undefined;
  let wordStart = wordEnd;
  while (wordStart > windowStart && isLowerCaseLetter(text[wordStart - 1])) wordStart--;
  return wordStart < wordEnd ? { word: text.slice(wordStart, wordEnd), start: wordStart } : undefined;
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

/** The runs of capitalised words of a line ending in an organization word, offsets from the line's start: they read
 *  only their sentence's words, so each line is read once. */
const suffixOrganizationsOfLine = cachedByLine((line: LineText): TextSpan[] => {
  const found: TextSpan[] = [];
  for (const sentence of line.words.all()) {
    if (!sentence.some((token) => ORG_SUFFIXES.has(token.text))) continue;
    let from = 0;
    for (let i = 0; i <= sentence.length; i++) {
      const token = sentence[i];
      const inRun = token !== undefined && isCapitalised(token.text) && !/['’]s$/.test(token.text);
      if (inRun && (i === from || joinedBy(line.text, sentence, i - 1, i, /^[ \t]+$/))) continue;
      const span = i > from ? organizationOfRun(line.text, sentence, from, i) : undefined;
      if (span) found.push(span);
      from = inRun ? i : i + 1;
    }
  }
  return found;
});

/** Organizations for runs of capitalised words ending in an organization word ("The Alpine Water Fund") the tagger
 *  passed over. */
export function organizationsBySuffix(names: NameMention[], lines: readonly PlacedLine[]): NameMention[] {
  const found: NameMention[] = [];
  const isNamed = overlapTester(names);
  for (const { start: lineStart, line } of lines) {
    for (const span of suffixOrganizationsOfLine(line)) {
      const placed = { kind: 'organization' as const, start: lineStart + span.start, end: lineStart + span.end };
      if (!isNamed(placed)) found.push(placed);
    }
  }
  return found;
}
