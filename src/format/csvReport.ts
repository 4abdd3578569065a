// CSV export: one row per mention, RFC 4180 quoting, so spreadsheets and scripts read the exact mention text;
// a cell a spreadsheet would run as a formula gets a leading single quote instead.
import type { Analysis, Mention } from '../engine';

/** The CSV columns, in order; the header row names them exactly. */
export const CSV_COLUMNS = ['file', 'kind', 'start', 'end', 'text', 'entity', 'role', 'dateType', 'value', 'figureType', 'unit', 'speaker'] as const;

/** RFC 4180 ends every record with CRLF. */
const RECORD_END = '\r\n';

/** First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A plain decimal number such as -3.5, +2 or -1e6. It is left as it is: a spreadsheet reads it as that number, and
 * with no function, reference or second operator in it there is nothing to run, whereas a quote in front would turn
 * signed figures (the `value` column) into text in the sheet and change the value a script reads.
 */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Quotes a field when it holds a comma, a double quote or a line break (inner quotes doubled), after neutralising formulas. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined || value === null) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Puts a single quote before a cell a spreadsheet would run as a formula, so it shows as the text it is. */
function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
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
