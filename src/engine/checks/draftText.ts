// What several checks read of a draft besides its facts: its paragraphs, which lines are prose rather than headlines,
// bylines or tables, and where its quotations are. Worked out once per check run and shared by the rules.
import { isKeptLine, type DocumentText, type LineText } from '../text/lines';
import { spanHolding, startingWithin } from '../text/spanSearch';
import { cachedByText, PASSAGE_CACHE_LIMIT } from '../text/textCache';
import type { Analysis, Mention, TextSpan } from '../types';

/** A draft's lines, paragraphs and quotations. */
export interface DraftText {
  text: string;
  analysis: Analysis;
  /** Paragraphs in order: runs of lines between blank lines, or each line when the draft has no blank lines. */
  paragraphs: TextSpan[];
  /** The draft's quotations (the analysis's quote mentions), in order. */
  quotes: Mention[];
  /** The paragraph an offset lies in (its index), or -1 between paragraphs. */
  paragraphAt(at: number): number;
  /** True when the offset lies in a paragraph of prose: one ending as a sentence ends, not a headline, a byline, a
   *  list item or a table row. */
  isProse(at: number): boolean;
  /** True when the offset lies inside a quotation, between its marks. */
  isQuoted(at: number): boolean;
  /** The quotations of one paragraph (a quotation never spans two lines). */
  quotesIn(paragraph: number): Mention[];
  /** The matches of a global pattern in the paragraphs (a match never spans two), offsets into the draft. Each
   *  paragraph's matches are remembered across runs, so a keystroke rescans one paragraph, not the draft. `keep`
   *  picks the matches wanted by their text before they are built (a rule that wants a few of thousands of words).
   *  With `keptUnder`, a number that stays the same for as long as `keep` answers every text alike, the matches each
   *  paragraph kept are remembered under it too, and `keep` is asked only about paragraphs read anew. */
  matches(pattern: RegExp, keep?: (matched: string) => boolean, keptUnder?: number): DraftMatch[];
  /** `matches`, each handed to `visit` as its text and its start in the draft, in order: nothing is built per match,
   *  for the rules that read a match's text alone. */
  eachMatch(pattern: RegExp, visit: (matched: string, index: number) => void, keep?: (matched: string) => boolean, keptUnder?: number): void;
}

/** One match of a pattern, as `matchAll` gives it (`[0]` its text, then its groups), `index` its start in the draft. */
export type DraftMatch = (string | undefined)[] & { 0: string; index: number };

/** A match relative to its paragraph's start: where, and its text then its groups. */
interface ParagraphMatch {
  at: number;
  values: (string | undefined)[] & { 0: string };
}

/** One pattern's matches in a paragraph, and those a `keep` took under the number it came with (see `matches`). */
interface PatternMatches {
  all: ParagraphMatch[];
  keptUnder?: number;
  kept?: ParagraphMatch[];
}

/** What the rules read of one paragraph, remembered by its text across runs: whether it reads as prose, and each
 *  pattern's matches in it. A run looks each paragraph up once, however many patterns the rules scan it for. */
interface ParagraphAnswers {
  /** The paragraph's own copy of its text, which the matches are read from (a slice of the draft would keep that
   *  whole version of the draft alive in the memo). */
  readonly text: string;
  readonly prose: boolean;
  /** By pattern, weakly: a pattern made anew per run would otherwise stay alive in every paragraph's answers. */
  readonly matches: WeakMap<RegExp, PatternMatches>;
}
const answersOf = cachedByText((paragraph): ParagraphAnswers => ({ text: paragraph, prose: readsAsProse(paragraph), matches: new WeakMap() }), PASSAGE_CACHE_LIMIT);

/** A line break: CRLF is one break, never a CR and an LF read as two (a blank line). */
const BREAK = String.raw`(?:\r\n|\r(?!\n)|\n)`;
/** Text, a blank line, text: the draft separates its paragraphs with blank lines. */
const BLANK_LINE_BETWEEN = new RegExp(String.raw`\S[^\S\r\n]*${BREAK}[^\S\r\n]*${BREAK}\s*\S`);

/** The draft's paragraphs, and the analysis's lines they are made of: paragraph i is lines[firstLine[i]] up to the
 *  next paragraph's first line (blank lines are not among them). */
interface Paragraphs {
  spans: TextSpan[];
  lines: LineText[];
  firstLine: number[];
}

/** A non-blank character, searched for from a line's start (test() with lastIndex: nothing is sliced or built). */
const NON_BLANK = /\S/g;
/** What opens a block of its own at a line's start: a Markdown heading, a list item or a table row. */
const OPENS_BLOCK = /\s*(?:#|[-*+] |\d+[.)] |\|)/y;
/** A Markdown heading at a line's start. */
const OPENS_HEADING = /\s*#/y;
/** Between two lines of one paragraph: one line break, with spaces or tabs either side. */
const ONE_BREAK = /[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*/y;

/** True when text[start, end) holds a non-blank character. */
function holdsText(text: string, start: number, end: number): boolean {
  NON_BLANK.lastIndex = start;
  return NON_BLANK.test(text) && NON_BLANK.lastIndex <= end;
}

/** True when `pattern` (sticky) matches at `at`; for a line holding text, what it matches never leaves the line. */
function opensWith(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** True when text[from, to) is one line break, with spaces or tabs either side (`to` starts a line: no break follows
 *  it, so what the pattern matches past `to` is that line's leading spaces). */
function isOneBreak(text: string, from: number, to: number): boolean {
  ONE_BREAK.lastIndex = from;
  return ONE_BREAK.test(text) && ONE_BREAK.lastIndex >= to;
}

/** Paragraphs: blank-line separated when the draft has blank lines between its paragraphs, else one per line. The
 *  lines are the analysis's own (line breaks excluded), not split again; each is read in place, never sliced. */
function paragraphsOf(text: string, document: DocumentText): Paragraphs {
  const spans: TextSpan[] = [];
  const lines: LineText[] = [];
  const firstLine: number[] = [];
  const joinsLines = BLANK_LINE_BETWEEN.test(text);
  let afterHeading = false; // a Markdown heading is one line: the line under it starts a paragraph of its own
  for (const { start, line } of document.lines) {
    if (start >= text.length) continue;
    const end = start + line.text.length;
    if (!holdsText(text, start, end)) continue;
    const last = spans[spans.length - 1];
    if (joinsLines && last && !afterHeading && isOneBreak(text, last.end, start) && !opensWith(OPENS_BLOCK, text, start)) last.end = end;
    else {
      spans.push({ start, end });
      firstLine.push(lines.length);
    }
    lines.push(line);
    afterHeading = joinsLines && opensWith(OPENS_HEADING, text, start);
  }
  return { spans, lines, firstLine };
}

/** The answers of paragraphs by the lines they are made of, line by line (a paragraph of one line is one look-up): a
 *  look-up by the analysis's lines, which stay the same objects while unchanged, where one by the paragraph's text
 *  hashes every paragraph of the draft on every keystroke. Weakly, so a branch goes with its lines. */
interface ParagraphsByLines {
  answers?: ParagraphAnswers;
  next?: WeakMap<LineText, ParagraphsByLines>;
}
const paragraphsByLines = new WeakMap<LineText, ParagraphsByLines>();

/** The branch for `line` under `lines`, made when missing. */
function branchOf(lines: WeakMap<LineText, ParagraphsByLines>, line: LineText): ParagraphsByLines {
  let branch = lines.get(line);
  if (!branch) lines.set(line, (branch = {}));
  return branch;
}

/** The answers for the paragraph text[span], made of lines[from] to lines[to - 1]. A line's own text is the
 *  analysis's sanitised copy and leaves its break out, so the answers found by the lines are held to the paragraph's
 *  text: a comparison, far cheaper than the hash a look-up by text costs. The lines of a one-shot analysis, kept by
 *  no analyser, are looked up by text. */
function answersOfParagraph(text: string, span: TextSpan, lines: readonly LineText[], from: number, to: number): ParagraphAnswers {
  if (!isKeptLine(lines[from])) return answersOf(text.slice(span.start, span.end));
  let branch = branchOf(paragraphsByLines, lines[from]);
  for (let k = from + 1; k < to; k++) branch = branchOf((branch.next ??= new WeakMap()), lines[k]);
  const written = text.slice(span.start, span.end);
  if (branch.answers?.text !== written) branch.answers = answersOf(written);
  return branch.answers;
}

/** A paragraph that reads as prose: at least six words, ending with a sentence's end, not a heading, list or table. */
function readsAsProse(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  if (/^(?:#|[-*+] |\d+[.)] |\||>)/.test(trimmed) || /\|\s*$/.test(trimmed)) return false;
  if (!/[.!?]["”’)]*$/.test(trimmed)) return false;
  return wordsAtLeast(trimmed, 6);
}

/** A run of whitespace, the gap between two words of a trimmed text. */
const WORD_GAP = /\s+/g;

/** True when a trimmed text has at least `count` words (trimmed.split(/\s+/).length >= count), counted without
 *  splitting it: a paragraph of thousands of words is read again on every keystroke in it. */
function wordsAtLeast(trimmed: string, count: number): boolean {
  let words = 1;
  WORD_GAP.lastIndex = 0;
  while (words < count && WORD_GAP.test(trimmed)) words++;
  return words >= count;
}

/** Words a headline has at most. */
const MAX_HEADLINE_WORDS = 20;
const isShort = (paragraph: string): boolean => !wordsAtLeast(paragraph.trim(), MAX_HEADLINE_WORDS + 1);

/** The draft's paragraphs and quotations, for the rules; `document` is the analysis's split of the same text. */
export function draftTextOf(text: string, analysis: Analysis, document: DocumentText): DraftText {
  const { spans: paragraphs, lines, firstLine } = paragraphsOf(text, document);
  // A short first paragraph is the headline, even when it ends with a full stop (wires do), when what follows it is not
  // prose either (a dateline or a byline); a short lede followed by the story is prose.
  const answers = paragraphs.map((paragraph, i) => answersOfParagraph(text, paragraph, lines, firstLine[i], firstLine[i + 1] ?? lines.length));
  const reads = answers.map((answer) => answer.prose);
  const prose = reads.map((isProse, i) => isProse && !(i === 0 && paragraphs.length > 1 && !reads[1] && isShort(answers[0].text)));
  const quotes = analysis.mentions.filter((m) => m.kind === 'quote');
  const paragraphAt = (at: number): number => spanHolding(paragraphs, at);
  return {
    text, analysis, paragraphs, quotes, paragraphAt,
    isProse: (at) => { const i = paragraphAt(at); return i >= 0 && prose[i]; },
    isQuoted: (at) => spanHolding(quotes, at) >= 0,
    quotesIn: (paragraph) => startingWithin(quotes, paragraphs[paragraph]),
    matches: (pattern, keep, keptUnder) => matchesIn(answers, paragraphs, pattern, keep, keptUnder),
    eachMatch: (pattern, visit, keep, keptUnder) => visitMatches(answers, paragraphs, pattern, visit, keep, keptUnder),
  };
}

/** A global pattern's matches in one paragraph, offsets relative to its start. */
const scanOf = (paragraph: string, pattern: RegExp): ParagraphMatch[] =>
  [...paragraph.matchAll(pattern)].map((m) => ({ at: m.index, values: [...m] as ParagraphMatch['values'] }));

/** A paragraph's matches of a global pattern that `keep` takes (all, without it), scanned once per paragraph text and,
 *  with `keptUnder`, taken once per paragraph text and number. */
function paragraphMatches(answers: ParagraphAnswers, pattern: RegExp, keep?: (matched: string) => boolean, keptUnder?: number): readonly ParagraphMatch[] {
  let matches = answers.matches.get(pattern);
  if (!matches) answers.matches.set(pattern, (matches = { all: scanOf(answers.text, pattern) }));
  if (!keep) return matches.all;
  if (keptUnder === undefined) return matches.all.filter((m) => keep(m.values[0]));
  if (matches.keptUnder !== keptUnder || !matches.kept) {
    matches.kept = matches.all.filter((m) => keep(m.values[0]));
    matches.keptUnder = keptUnder;
  }
  return matches.kept;
}

/** A paragraph's match as the draft has it, for a paragraph starting at `start`. */
function placed(match: ParagraphMatch, start: number): DraftMatch {
  const found = match.values.slice() as DraftMatch;
  found.index = start + match.at;
  return found;
}

/** A global pattern's matches that `keep` takes (all, without it), paragraph by paragraph, each paragraph's taken
 *  from its answers when its text is unchanged. */
function matchesIn(answers: readonly ParagraphAnswers[], paragraphs: readonly TextSpan[], pattern: RegExp, keep?: (matched: string) => boolean, keptUnder?: number): DraftMatch[] {
  const found: DraftMatch[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    for (const match of paragraphMatches(answers[i], pattern, keep, keptUnder)) found.push(placed(match, paragraphs[i].start));
  }
  return found;
}

/** matchesIn, each match handed to `visit` (its text, its start in the draft) rather than built. */
function visitMatches(answers: readonly ParagraphAnswers[], paragraphs: readonly TextSpan[], pattern: RegExp, visit: (matched: string, index: number) => void,
  keep?: (matched: string) => boolean, keptUnder?: number): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const start = paragraphs[i].start;
    for (const match of paragraphMatches(answers[i], pattern, keep, keptUnder)) visit(match.values[0], start + match.at);
  }
}
