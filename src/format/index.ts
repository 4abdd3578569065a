// Reports on an analysis in text, JSON, Markdown or CSV, for the CLI and the editor's "export facts" command.
import type { Analysis } from '../engine';
import { toFileReportJson } from './contractShapes';
import { csvHeader, csvRows } from './csvReport';
import { jsonReportPieces } from './jsonReportPieces';
import { formatMarkdownReport } from './markdownReport';
import type { ReportFormat, ReportSource } from './reportFormat';
import { formatTextReport } from './textReport';

export { REPORT_FORMATS, isReportFormat, type ReportFormat, type ReportSource } from './reportFormat';
export { toContractEntity, toContractMention, toFileReportJson, type FileReportJson } from './contractShapes';
export { CSV_COLUMNS, csvField } from './csvReport';
export { escapeMarkdownInline } from './markdownReport';
export { LineIndex, type LineColumn } from './lineIndex';
export { localDay } from './localDay';

/** One analysed document to report on. */
export interface ReportDocument {
  analysis: Analysis;
  source: ReportSource;
}

/** Renders one document: a text or Markdown report, a JSON object, or CSV with its header. */
export function formatReport(analysis: Analysis, format: ReportFormat, source: ReportSource): string {
  switch (format) {
    case 'json': return `${JSON.stringify(toFileReportJson(analysis, source.title), null, 2)}\n`;
    case 'csv': return csvHeader() + csvRows(analysis, source.title);
    case 'md': return formatMarkdownReport(analysis, source);
    case 'text': return formatTextReport(analysis, source);
  }
}

/** Renders several documents as one output exactly as `newslens annotate` prints it (JSON: always an array). */
export function formatReports(documents: readonly ReportDocument[], format: ReportFormat): string {
  const pieces = documents.map((document, index) => reportPiece(document, format, index));
  return reportStart(format) + pieces.join('') + reportEnd(format, documents.length);
}

/** What a multi-document report starts with, before any document: "[" for JSON, the header for CSV. */
export function reportStart(format: ReportFormat): string {
  if (format === 'json') return '[';
  return format === 'csv' ? csvHeader() : '';
}

/** The part of a multi-document report for the document at `index`, so a long run can stream it out. */
export function reportPiece(document: ReportDocument, format: ReportFormat, index: number): string {
  const { analysis, source } = document;
  if (format === 'csv') return csvRows(analysis, source.title);
  if (format === 'json') return [...jsonReportPieces(analysis, source.title, index)].join('');
  return (index > 0 ? '\n' : '') + formatReport(analysis, format, source);
}

/** reportPiece in pieces to write one after another: JSON's are made as they are read (a huge file's report is never
 *  one string); the other formats' is the one string, made now. */
export function reportPieces(document: ReportDocument, format: ReportFormat, index: number): Iterable<string> {
  return format === 'json' ? jsonReportPieces(document.analysis, document.source.title, index) : [reportPiece(document, format, index)];
}

/** What a multi-document report ends with, after `count` documents. */
export function reportEnd(format: ReportFormat, count: number): string {
  if (format !== 'json') return '';
  return count > 0 ? '\n]\n' : ']\n';
}
