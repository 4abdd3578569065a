// The engine's pipeline: sanitise, split into sentences, find names, dates, figures and quotes, group them into entities.
import { detectArticleDate } from './articleDate';
import { longestWithoutOverlap } from './dates/finalize';
import { markPercentChanges } from './figures/changeDirection';
import { namesOutsideCurrencySigns } from './figures/figureSpans';
import { figuresByLine, type FigureMemo } from './figures/figuresByLine';
import { figuresFromTagger } from './figures/taggedFigures';
import { correctedFacts } from './corrections/applyCorrections';
import { groupEntities } from './entities/groupEntities';
import { groupEntitiesKept, type GroupingMemo } from './entities/groupingMemo';
import { createGrammarMemo, datesAndFigures, type GrammarMemo } from './grammarBySentence';
import { findNames, type RuleMemo } from './names';
import { tagText, type TaggedText, type TaggerMemo } from './tagger';
import { quotesOfDocument, type QuoteMemo } from './quotes/findQuotes';
import { findSpeakers } from './quotes/speakers';
import { cutBefore } from './text/cut';
import { createSanitiser, sanitise } from './text/sanitise';
import { documentText, type DocumentText, type LineText } from './text/lines';
import { RunMemo } from './text/runMemo';
import { overlapTester } from './text/spanSearch';
import type { AnalyseOptions, Analysis, ArticleDate, Mention, TextSpan } from './types';

/** Analysed when the caller sets no limit: far more than any article, yet a few seconds of parsing at most. */
export const DEFAULT_MAX_CHARS = 200_000;

/** Today as "YYYY-MM-DD": the caller's, or the clock's. */
const todayOf = (options: AnalyseOptions): string => options.today ?? new Date().toISOString().slice(0, 10);

/** The article date, never failing: the detector's answer, else the option or today. */
function articleDateOf(text: string, options: AnalyseOptions, warn: (message: string) => void): ArticleDate {
  try {
    return detectArticleDate(text, options);
  } catch (error) {
    warn(`Could not work out the article's date: ${String(error)}`);
    return { value: todayOf(options), source: 'today' };
  }
}

/** What an analyser keeps between runs on one document: the last text's sanitised copy, each line's sentences and words,
 *  and by line (WeakMaps keyed by the kept lines, so they forget a line with it) the tagger's tokens and chunks, the rule
 *  names, the grammar's mentions and the figures; and the last grouping into entities. */
interface Memos {
  sanitise: (text: string) => string;
  lines: RunMemo<LineText>;
  tagger: TaggerMemo;
  rules: RuleMemo;
  grammar: GrammarMemo;
  figures: FigureMemo;
  grouping: GroupingMemo;
  quotes: QuoteMemo;
}

/** Both taggers' findings over the text; undefined (and a warning) if they fail, so the rules and grammars still answer. */
function tagged(text: string, document: DocumentText, warn: (message: string) => void, memo?: TaggerMemo): TaggedText | undefined {
  try {
    return tagText(text, document, memo);
  } catch (error) {
    warn(`The taggers failed; names come from the rules and figures from the grammar alone: ${String(error)}`);
    return undefined;
  }
}

/** The grammar's dates with the tagger's figures (valued by the grammar's figures), or the grammar's figures without a
 *  tagger; an edited document's figures line by line, each unchanged line's from the memo. */
function datesWithFigures(text: string, document: DocumentText, grammar: Mention[], taggers: TaggedText | undefined, memo?: FigureMemo): Mention[] {
  const grammarFigures = grammar.filter((m) => m.kind === 'figure');
  const figures = !taggers ? grammarFigures
    : (memo && figuresByLine(text, document, taggers.figures, grammarFigures, memo)) ?? figuresFromTagger(text, taggers.figures, grammarFigures);
  return longestWithoutOverlap([...grammar.filter((m) => m.kind === 'date'), ...figures], (m) => (m.kind === 'date' ? 1 : 0));
}

/** True for a mention whose span lies inside the analysed text and holds something. */
const isWellFormed = (m: TextSpan, length: number): boolean =>
  Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end;

/** Names (not the letters of a currency sign: "US" in "US$3 million"), then dates and figures that do not overlap a name
 *  ("2" in "Power of Siberia 2"), then quotes, sorted. */
function mentionsOf(original: string, clean: string, document: DocumentText, articleDate: string, warn: (message: string) => void,
  memos?: Memos): Mention[] {
  const taggers = tagged(clean, document, warn, memos?.tagger);
  const grammar = datesAndFigures(clean, document, articleDate, warn, memos?.grammar);
  const datesAndAmounts = datesWithFigures(clean, document, grammar, taggers, memos?.figures);
  const names = namesOutsideCurrencySigns(findNames(clean, document, taggers?.names ?? [], memos?.rules), datesAndAmounts);
  const overlapsName = overlapTester(names);
  const others = datesAndAmounts.filter((m) => !overlapsName(m));
  const quotes: Mention[] = quotesOfDocument(document, memos?.quotes).map((span) => ({ kind: 'quote', ...span, text: '' }));
  const sorted = [...names, ...others, ...quotes]
    .filter((m) => isWellFormed(m, original.length))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions with the same span are neighbours once sorted (the sort is stable): keep the first of each kind. Every
  // mention was made by this run (the grammar's memo hands out copies) and is the analysis's own.
  const mentions: Mention[] = [];
  for (const m of sorted) {
    let repeated = false;
    for (let j = mentions.length - 1; j >= 0 && mentions[j].start === m.start && mentions[j].end === m.end && !repeated; j--) repeated = mentions[j].kind === m.kind;
    if (repeated) continue;
    const mention = m as Mention;
    mention.text = original.slice(m.start, m.end); // set, not Object.assign: one property, on every mention of every run
    mentions.push(mention);
  }
  return mentions;
}

/** Links each quote to the entity of the person who spoke it, where the text says who. */
function linkSpeakers(clean: string, mentions: Mention[], sentences: TextSpan[]): void {
  const quotes = mentions.filter((m) => m.kind === 'quote');
  if (quotes.length === 0) return;
  // A loop: a flatMap made an array for each of the document's mentions, on every keystroke.
  const persons: { start: number; end: number; index: number }[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const m = mentions[index];
    if (m.kind === 'person') persons.push({ start: m.start, end: m.end, index });
  }
  findSpeakers(clean, quotes, sentences, persons).forEach((speaker, i) => {
    const entity = speaker >= 0 ? mentions[speaker].entity : undefined;
    if (entity) quotes[i].speaker = entity;
  });
}

/** Each analysis's split of its text into lines and sentences, for the draft checks to read without splitting again. */
const splits = new WeakMap<Analysis, DocumentText>();

/** The lines and sentences an analysis was made from (undefined for one that stopped early, or came from elsewhere). */
export const documentTextOf = (analysis: Analysis): DocumentText | undefined => splits.get(analysis);

/** Finds the people, organizations, places, dates, figures and quotes of an article. Never throws. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  return analyseWith(text, options);
}

/** An analyser for one document being edited: each run re-tags and re-parses only the sentences changed since the last,
 *  and gives exactly what `analyse` gives. */
export function createAnalyser(): (text: string, options?: AnalyseOptions) => Analysis {
  const memos: Memos = {
    sanitise: createSanitiser(), lines: new RunMemo(), tagger: new WeakMap(), rules: new WeakMap(), grammar: createGrammarMemo(), figures: new WeakMap(), grouping: {}, quotes: new WeakMap(),
  };
  return (text, options = {}) => {
    try {
      return analyseWith(text, options, memos);
    } finally {
      memos.lines.endRun();
    }
  };
}

function analyseWith(text: string, options: AnalyseOptions, memos?: Memos): Analysis {
  const warnings: string[] = [];
  const warn = (message: string) => { warnings.push(message); };
  const input = typeof text === 'string' ? text : '';
  const requested = typeof options.maxChars === 'number' && !Number.isNaN(options.maxChars) ? Math.floor(options.maxChars) : DEFAULT_MAX_CHARS;
  const limit = cutBefore(input, Math.max(0, Math.min(input.length, requested)));
  const total = Math.max(input.length, typeof options.totalChars === 'number' && Number.isFinite(options.totalChars) ? options.totalChars : 0);
  if (limit < total) warn(`Only the first ${limit} of ${total} characters were analysed; the text is too large to annotate whole.`);
  const original = input.slice(0, limit);
  const clean = memos ? memos.sanitise(original) : sanitise(original);
  const articleDate = articleDateOf(clean, options, warn);
  try {
    const document = documentText(clean, memos?.lines);
    const { sentences } = document;
    const mentions = mentionsOf(original, clean, document, articleDate.value, warn, memos);
    markPercentChanges(clean, mentions);
    const entities = memos ? groupEntitiesKept(mentions, sentences, memos.grouping) : groupEntities(mentions, sentences);
    const facts = correctedFacts(original, { mentions, entities }, options.corrections, warn);
    linkSpeakers(clean, facts.mentions, sentences);
    const analysis = { ...facts, articleDate, analysedChars: limit, warnings };
    splits.set(analysis, document);
    return analysis;
  } catch (error) {
    warn(`The analysis stopped early: ${String(error)}`);
    return { mentions: [], entities: [], articleDate, analysedChars: limit, warnings };
  }
}
