// Renders score tables and timings as aligned plain text for people reading the console.
import { prf } from './scoring';
import type { ScoreTable } from './report';

const percent = (x: number): string => (100 * x).toFixed(2).padStart(6);

/** A table: label, P, R, F1 (percent), gold, predicted, correct. */
export function formatTable(table: ScoreTable): string {
  const width = Math.max(8, ...table.rows.map((r) => r.label.length));
  const header = `${'type'.padEnd(width)}      P      R     F1     gold     pred  correct`;
  const lines = table.rows.map(({ label, counts, scores }) => {
    const { p, r, f1 } = scores ?? prf(counts);
    return `${label.padEnd(width)} ${percent(p)} ${percent(r)} ${percent(f1)} ${String(counts.gold).padStart(8)} ${String(counts.predicted).padStart(8)} ${String(counts.correct).padStart(8)}`;
  });
  return [table.title, header, ...lines].join('\n');
}

/** How long one corpus took to annotate. */
export interface Timing {
  corpus: string;
  documents: number;
  tokens: number;
  seconds: number;
  /** Documents the engine failed on. */
  failures: number;
}

/** The timings table, with a total row. */
export function formatTimings(timings: readonly Timing[], mode: string): string {
  const total = timings.reduce((t, x) => ({ corpus: 'total', documents: t.documents + x.documents, tokens: t.tokens + x.tokens, seconds: t.seconds + x.seconds, failures: t.failures + x.failures }),
    { corpus: 'total', documents: 0, tokens: 0, seconds: 0, failures: 0 });
  const rows = [...timings, total].map((t) =>
    `${t.corpus.padEnd(14)} ${String(t.documents).padStart(6)} ${String(t.tokens).padStart(8)} ${t.seconds.toFixed(1).padStart(8)} ${String(Math.round(t.tokens / Math.max(t.seconds, 1e-9))).padStart(9)} ${String(t.failures).padStart(7)}`);
  return [`Timings (${mode})`, `${'corpus'.padEnd(14)}   docs   tokens  seconds  tokens/s  failed`, ...rows].join('\n');
}
