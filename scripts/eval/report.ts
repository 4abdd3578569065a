// What one corpus' evaluation yields: tables for people, headline figures for the JSON line, errors for analysis.
import type { Counts, PRF } from './scoring';

/** One row of a score table. */
export interface ScoreRow {
  label: string;
  counts: Counts;
  /** Set when the row's P/R/F1 are not plain counts (TimeML value F1). */
  scores?: PRF;
}

/** A titled table of rows, e.g. "conll2003.dev names". */
export interface ScoreTable {
  title: string;
  rows: ScoreRow[];
}

/** A false positive, false negative or wrong attribute, with context, for error analysis. */
export interface ErrorRecord {
  corpus: string;
  document: string;
  type: 'FP' | 'FN' | 'VALUE';
  label: string;
  text: string;
  context: string;
  note?: string;
}

/** Everything one corpus' evaluation produced. */
export interface CorpusReport {
  name: string;
  tables: ScoreTable[];
  headline: Record<string, PRF>;
  errors: ErrorRecord[];
}

/** `text` around [start, end) with the span in brackets, on one line. */
export function contextOf(text: string, start: number, end: number, width = 50): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `${start > width ? '…' : ''}${before}[${flat(text.slice(start, end))}]${after}${end + width < text.length ? '…' : ''}`;
}
