// The fact sheet: one row per fact (name, kind, role, mention count, first line, value), shared by the Markdown
// report and the fact-sheet CSV and JSON that "Copy Fact Sheet" and "Export Facts…" offer.
import type { Analysis, FactKind } from '../engine/types';
import { csvField } from './csvReport';
import { describeFigureValue, entityNameOf, groupFacts, mentionsOfFact } from './factGroups';
import { LineIndex } from './lineIndex';
import type { ReportSource } from './reportFormat';

/** One fact as the sheet lists it; `value` and `type` for dates and figures, `speaker` for quotes. */
export interface FactSheetRow {
  readonly id: string;
  readonly kind: FactKind;
  /** The canonical name of a person, organization or place; the first wording of a date, figure or quote. */
  readonly entity: string;
  readonly role?: string;
  readonly mentions: number;
  /** 1-based line of the first mention. */
  readonly firstLine?: number;
  readonly value?: string;
  readonly type?: string;
  readonly speaker?: string;
}

/** The fact sheet's CSV columns, in order; the header row names them exactly. */
export const FACT_SHEET_COLUMNS = ['kind', 'entity', 'role', 'mentions', 'firstLine', 'value', 'type', 'speaker', 'id'] as const;

/** Every fact of the analysis, kind by kind, each kind's facts in order of first mention. */
export function factSheetRows(analysis: Analysis, text: string): FactSheetRow[] {
  const lines = new LineIndex(text);
  return Object.values(groupFacts(analysis)).flat().map((fact) => {
    const mentions = mentionsOfFact(analysis, fact);
    const first = mentions[0];
    const row: FactSheetRow = {
      id: fact.id, kind: fact.kind, entity: fact.kind === 'quote' ? first?.text ?? fact.name : fact.name, role: fact.role,
      mentions: mentions.length, firstLine: first && lines.positionAt(first.start).line,
    };
    if (fact.kind === 'date') return { ...row, value: first?.value === undefined ? undefined : String(first.value), type: first?.dateType };
    if (fact.kind === 'figure') return { ...row, value: first && describeFigureValue(first), type: first?.figureType };
    if (fact.kind === 'quote') return { ...row, speaker: first?.speaker && entityNameOf(analysis, first.speaker) };
    return row;
  });
}

/** The fact sheet as CSV (RFC 4180, header first), for spreadsheets. */
export function factSheetCsv(analysis: Analysis, source: ReportSource): string {
  const records = factSheetRows(analysis, source.text).map((row) => FACT_SHEET_COLUMNS.map((column) => csvField(row[column])).join(','));
  return [FACT_SHEET_COLUMNS.join(','), ...records].map((record) => `${record}\r\n`).join('');
}

/** The fact sheet as JSON: the file, its article date and the rows (absent fields omitted). */
export function factSheetJson(analysis: Analysis, source: ReportSource): string {
  const sheet = { file: source.title, articleDate: analysis.articleDate.value, facts: factSheetRows(analysis, source.text) };
  return `${JSON.stringify(sheet, null, 2)}\n`;
}
