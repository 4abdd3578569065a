// The engine's contract: what `analyse()` returns. Only offsets and plain data cross the engine boundary,
// so the same shapes serve the CLI's JSON, the worker's messages and the editor's ranges.
import type { CheckFinding } from './checks/finding';
import type { Correction, EntityCorrection } from './corrections/correction';

export type { Correction, EntityCorrection, NamedKind } from './corrections/correction';

/** The kinds of fact News Lens extracts; every mention has exactly one. */
export type FactKind = 'person' | 'organization' | 'place' | 'date' | 'figure' | 'quote';

/** Every kind, in the order the sidebar and reports list them. */
export const FACT_KINDS: readonly FactKind[] = ['person', 'organization', 'place', 'date', 'figure', 'quote'];

/** TIMEX3 types of a date mention. */
export type DateType = 'date' | 'time' | 'duration' | 'set';

/** What kind of number a figure is. */
export type FigureType = 'money' | 'percent' | 'quantity' | 'number' | 'ordinal';

/**
 * One mention in the text. `start`/`end` are UTF-16 offsets (end exclusive) into the analysed text and
 * `text === input.slice(start, end)`. This is also the CLI's JSON shape (a contract other tools depend on).
 */
export interface Mention {
  kind: FactKind;
  start: number;
  end: number;
  text: string;
  /** Stable id shared by all mentions of one entity in the document, e.g. "person:li-qiang". */
  entity?: string;
  /** A title or apposition naming the person's role ("Premier", "Russian Prime Minister"). */
  role?: string;
  /** Dates only. */
  dateType?: DateType;
  /** Dates: the TIMEX3 value ("2025-11-03", "2024-08", "P2D"); figures: the numeric value. */
  value?: string | number;
  /** Figures only. */
  figureType?: FigureType;
  /** Figures: unit or currency ("cubic metres", "USD", "%"). */
  unit?: string;
  /** Percentages: a rise or a fall, where the words say so ("down 21%", "a 3.8% rise"). Not in the CLI contract. */
  change?: 'rise' | 'fall';
  /** Quotes: the entity id of the person who spoke, where the sentence says who. */
  speaker?: string;
}

/** All mentions of one thing in a document, with the name the hover card and sidebar show. */
export interface Entity {
  id: string;
  kind: FactKind;
  /** Canonical name: the longest full form seen ("Vladimir Putin" for "Putin"). */
  name: string;
  /** The most informative role recorded for the entity, if any. */
  role?: string;
  /** Indices into `Analysis.mentions`, in document order. */
  mentions: number[];
  /** Set when an editor's correction changed the entity (its kind, names merged into it, mentions it found). */
  correction?: EntityCorrection;
}

/** Where the date that relative dates ("Friday", "last month") are resolved against came from: the caller; the text's
 *  front matter (`date:`), dateline, byline ("Published 14 October 2025", a date alone under the headline), "Date:" line
 *  or "Updated" line (only when nothing states the publication); the newsLens.articleDate setting; the file; today. */
export type ArticleDateSource = 'option' | 'front-matter' | 'dateline' | 'byline' | 'date-line' | 'updated' | 'setting' | 'file' | 'today';

/** The article's date, as a calendar date "YYYY-MM-DD", and where it came from. */
export interface ArticleDate {
  value: string;
  source: ArticleDateSource;
}

/** Options for one analysis. */
export interface AnalyseOptions {
  /** The article's publication date "YYYY-MM-DD" (from `--date` or a JSONL line's "date"); wins over what the text says. */
  articleDate?: string;
  /** The user's default date "YYYY-MM-DD" (the newsLens.articleDate setting), for articles that state none. */
  defaultDate?: string;
  /** The day the file was last modified "YYYY-MM-DD": the article date when neither the text nor the user gives one. */
  fileDate?: string;
  /** Today's date "YYYY-MM-DD", the last resort for the article date; defaults to the clock. Tests fix it. */
  today?: string;
  /** Analyse at most this many UTF-16 characters from the start; the rest is reported as not analysed. */
  maxChars?: number;
  /** The whole document's length, when the caller sends only the part that can be analysed (the editor sends
   *  `maxChars + 1` characters, all the cut needs): the warning then says how much was left out. */
  totalChars?: number;
  /** An editor's corrections (a workspace's `.newslens.json`), applied to every mention of their names. */
  corrections?: readonly Correction[];
}

/** The result of analysing one text. */
export interface Analysis {
  /** Mentions in document order (by start, then longer first). */
  mentions: Mention[];
  entities: Entity[];
  articleDate: ArticleDate;
  /** Number of characters analysed; less than the text's length when it was too large to annotate whole. */
  analysedChars: number;
  /** Human-readable notes about parts that could not be analysed (a sentence the parser failed on, truncation). */
  warnings: string[];
  /** The draft checks' findings, when the caller asked for them (the editor's worker does); not in `annotate`'s output. */
  findings?: CheckFinding[];
}

/** A half-open range of UTF-16 offsets [start, end) into a text: a sentence, a chunk, a span. */
export interface TextSpan {
  start: number;
  end: number;
}
