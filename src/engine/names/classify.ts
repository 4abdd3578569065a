// Decides what a capitalised run is: organization, place or person — or leaves it for the document-wide pass.
import type { TextSpan } from '../types';
import { withoutPossessive, type Token } from '../text/tokens';
import { KNOWN_PLACES } from './gazetteer';
import { CALENDAR_WORDS, KNOWN_ORGANIZATIONS, NATIONALITIES, ORG_PREFIXES, ORG_SUFFIXES, PORTFOLIOS, SENTENCE_STARTERS, TITLE_HEADS, TITLE_RANKS } from './lexicon';
import { overlaps, type NameKind, type NameMention } from './nameMention';
import { hasOrgCue } from './orgCues';
import { makeRun, type Run } from './runs';

/** What the sentence knows around the run: its span and the runs listed before an organization apposition. */
export interface RunContext {
  sentence: TextSpan;
  listedOrganizations: Set<Run>;
}

/** A run's words as one name, without a possessive ending. */
export function runName(run: Run): string {
  return run.tokens.map((token, i) => (i === run.tokens.length - 1 ? withoutPossessive(token.text) : token.text)).join(' ');
}

/** "NEW YORK" → "New York": a dateline's city written in capitals, for the gazetteer. */
function titleCase(name: string): string {
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (initial) => initial.toUpperCase());
}

/** The kind of a name the word lists know as a whole ("Kremlin", "The Hague"). */
function knownKind(name: string): NameKind | undefined {
  if (KNOWN_ORGANIZATIONS.has(name)) return 'organization';
  if (KNOWN_PLACES.has(name) || KNOWN_PLACES.has(titleCase(name))) return 'place';
  return undefined;
}

/** The kind the words alone give: a known organization or place, or an organization by its suffix/prefix. */
function kindByLexicon(run: Run): NameKind | undefined {
  const known = knownKind(runName(run));
  if (known) return known;
  const words = run.tokens.map((token) => withoutPossessive(token.text));
  if (words.length > 1 && ORG_SUFFIXES.has(words[words.length - 1])) return 'organization';
  if (words.length > 2 && ORG_PREFIXES.has(words[0]) && words[1] === 'of') return 'organization';
  return undefined;
}

/** True for words that open a run without being part of any name ("The", "Russian", "Monday", "Prime Minister of"). */
function isNonNameWord(token: Token): boolean {
  const word = withoutPossessive(token.text);
  return SENTENCE_STARTERS.has(word) || NATIONALITIES.has(word) || CALENDAR_WORDS.has(word) || TITLE_HEADS.has(word)
    || TITLE_RANKS.has(word) || PORTFOLIOS.has(word) || token.text === 'of';
}

/** The run without leading sentence-starters, nationalities, titles and calendar words, and without trailing calendar words. */
export function stripRun(run: Run): Run | undefined {
  const tokens = [...run.tokens];
  while (tokens.length > 0 && isNonNameWord(tokens[0])) tokens.shift();
  while (tokens.length > 0 && (CALENDAR_WORDS.has(tokens[tokens.length - 1].text) || tokens[tokens.length - 1].text === 'of')) tokens.pop();
  return tokens.length > 0 ? makeRun(tokens) : undefined;
}

/** The kind compromise suggests for the run, places first (it over-reads people), organizations last. */
export function kindByHints(run: Run, hints: NameMention[]): NameKind | undefined {
  const touching = hints.filter((hint) => overlaps(hint, run));
  for (const kind of ['place', 'person', 'organization'] as const) {
    if (touching.some((hint) => hint.kind === kind)) return kind;
  }
  return undefined;
}

/** Articles that open a sentence before a name: "The Alpine Water Fund" is named "Alpine Water Fund". */
const LEADING_ARTICLES = new Set(['The', 'A', 'An']);

/** The run without a leading article, unless the article is part of a known name ("The Hague"). */
function withoutLeadingArticle(run: Run): Run {
  if (run.tokens.length < 2 || !LEADING_ARTICLES.has(run.tokens[0].text) || knownKind(runName(run))) return run;
  return makeRun(run.tokens.slice(1));
}

/** The run as a name (`kind` set), as an unresolved candidate (`kind` undefined), or undefined when it is no name. */
export function classifyRun(text: string, found: Run, context: RunContext): { run: Run; kind?: NameKind } | undefined {
  const whole = withoutLeadingArticle(found);
  const wholeKind = kindByLexicon(whole);
  if (wholeKind) return { run: whole, kind: wholeKind };
  const run = stripRun(whole);
  if (!run) return undefined;
  const kind = kindByLexicon(run)
    ?? (context.listedOrganizations.has(found) || hasOrgCue(text, run, context.sentence) ? 'organization' : undefined);
  return { run, kind };
}
