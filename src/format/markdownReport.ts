// The Markdown fact sheet: a heading per document and a table per kind, with document text escaped.
import { FACT_KINDS, type Analysis, type FactKind } from '../engine/types';
import { KIND_LABELS, NAMED_KINDS, describeArticleDate, describeFactCounts, oneLine } from './factGroups';
import { factSheetRows, type FactSheetRow } from './factSheet';
import type { ReportSource } from './reportFormat';

/** Escapes document text for one Markdown table cell or heading: no markup, links, HTML or column breaks survive. */
export function escapeMarkdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#|~&$:]/g, (char) => `\\${char}`);
}

/** Renders one document's facts as a Markdown fact sheet: one row per fact, as many as the "Found:" line counts. */
export function formatMarkdownReport(analysis: Analysis, source: ReportSource): string {
  const out = [
    `## ${escapeMarkdownInline(source.title)}`,
    '',
    `- Article date: ${escapeMarkdownInline(describeArticleDate(analysis.articleDate))}`,
    `- Analysed: ${analysis.analysedChars} of ${source.text.length} characters`,
    `- Found: ${escapeMarkdownInline(describeFactCounts(analysis))}`,
    ...analysis.warnings.map((warning) => `- Warning: ${escapeMarkdownInline(warning)}`),
  ];
  const rows = factSheetRows(analysis, source.text);
  for (const kind of FACT_KINDS) {
    const facts = rows.filter((fact) => fact.kind === kind);
    if (facts.length > 0) out.push('', `### ${KIND_LABELS[kind].many}`, '', ...tableFor(kind, facts));
  }
  return `${out.join('\n')}\n`;
}

function row(cells: Array<string | number | undefined>): string {
  return `| ${cells.map((cell) => cell ?? '').join(' | ')} |`;
}

/** The header, alignment row and one row per fact of the table for one kind. */
function tableFor(kind: FactKind, rows: readonly FactSheetRow[]): string[] {
  const cell = (text: string | undefined) => escapeMarkdownInline(text ?? '');
  if (NAMED_KINDS.includes(kind)) {
    return [row(['Name', 'Role', 'Mentions', 'First line']), row(['---', '---', '--:', '--:']), ...rows.map((fact) =>
      row([cell(fact.entity), cell(fact.role), fact.mentions, fact.firstLine]))];
  }
  if (kind === 'date' || kind === 'figure') {
    return [row([KIND_LABELS[kind].one, 'Value', 'Type', 'Mentions', 'First line']), row(['---', '---', '---', '--:', '--:']), ...rows.map((fact) =>
      row([cell(fact.entity), cell(fact.value), fact.type, fact.mentions, fact.firstLine]))];
  }
  return [row(['Quote', 'Speaker', 'Mentions', 'First line']), row(['---', '---', '--:', '--:']), ...rows.map((fact) =>
    row([cell(fact.entity), cell(fact.speaker), fact.mentions, fact.firstLine]))];
}
