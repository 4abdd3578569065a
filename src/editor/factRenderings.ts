// The ways News Lens writes an article's facts out: the fact sheet (Markdown, CSV, JSON) and the CLI's mention-level CSV and JSON.
import type { Analysis } from '../engine/types';
import { formatReport, type ReportSource } from '../format';
import { factSheetCsv, factSheetJson } from '../format/factSheet';

/** One way to write the facts: how the quick pick names it, the editor language and file name it opens as, its renderer. */
export interface FactRendering {
  readonly label: string;
  readonly detail: string;
  readonly language: string;
  /** The end of the untitled editor's name: "seed.news fact sheet.csv". */
  readonly fileSuffix: string;
  readonly render: (analysis: Analysis, source: ReportSource) => string;
}

/** The fact-sheet formats "Copy Fact Sheet" offers: one row per fact with its role, count, first line and value. */
export type FactSheetFormat = 'md' | 'csv' | 'json';

/** The fact sheet in each format. */
export const FACT_SHEET_RENDERINGS: Readonly<Record<FactSheetFormat, FactRendering>> = {
  md: { label: 'Markdown', detail: 'fact sheet: a table per kind', language: 'markdown', fileSuffix: 'facts.md', render: (analysis, source) => formatReport(analysis, 'md', source) },
  csv: { label: 'CSV', detail: 'fact sheet: one row per fact', language: 'csv', fileSuffix: 'fact sheet.csv', render: factSheetCsv },
  json: { label: 'JSON', detail: 'fact sheet: one object per fact', language: 'json', fileSuffix: 'fact sheet.json', render: factSheetJson },
};

/** The formats "Export Facts…" offers: the fact sheet, and every mention as `newslens annotate` writes it. */
export type ExportFormat = 'md' | 'facts-csv' | 'facts-json' | 'csv' | 'json';

/** What each export format writes. */
export const EXPORT_RENDERINGS: Readonly<Record<ExportFormat, FactRendering>> = {
  md: FACT_SHEET_RENDERINGS.md,
  'facts-csv': FACT_SHEET_RENDERINGS.csv,
  'facts-json': FACT_SHEET_RENDERINGS.json,
  csv: { label: 'CSV of mentions', detail: 'one row per mention, as newslens annotate --format csv', language: 'csv', fileSuffix: 'facts.csv', render: (analysis, source) => formatReport(analysis, 'csv', source) },
  json: { label: 'JSON analysis', detail: 'every mention and entity, as newslens annotate --format json', language: 'json', fileSuffix: 'facts.json', render: (analysis, source) => formatReport(analysis, 'json', source) },
};
