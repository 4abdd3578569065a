// CSV export: one row per mention, RFC 4180 quoting, so spreadsheets and scripts read the exact mention text.
import type { Analysis, Mention } from '../engine';

/** The CSV columns, in order; the header row names them exactly. */
export const CSV_COLUMNS = ['file', 'kind', 'start', 'end', 'text', 'entity', 'role', 'dateType', 'value', 'figureType', 'unit', 'speaker'] as const;

/** RFC 4180 ends every record with CRLF. */
const RECORD_END = '\r\n';

/** Quotes a field when it holds a comma, a double quote or a line break; doubles inner quotes. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header record. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + RECORD_END;
}

/** One record per mention of `analysis`, each naming `file`; no header. */
export function csvRows(analysis: Analysis, file: string): string {
  return analysis.mentions.map((mention) => csvRecord(mention, file)).join('');
}

function csvRecord(mention: Mention, file: string): string {
  const cells = CSV_COLUMNS.map((column) => csvField(column === 'file' ? file : mention[column]));
  return cells.join(',') + RECORD_END;
}
