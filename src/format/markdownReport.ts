// The Markdown fact sheet: a heading per document and a table per kind, with document text escaped.
import { FACT_KINDS, type Analysis, type FactKind, type Mention } from '../engine/types';
import {
  KIND_LABELS, NAMED_KINDS, describeArticleDate, describeFactCounts, describeFigureValue, entityNameOf, groupFacts,
  mentionsOfFact, oneLine, type FactGroup,
} from './factGroups';
import { LineIndex } from './lineIndex';
import type { ReportSource } from './reportFormat';

/** Escapes document text for one Markdown table cell or heading: no markup, links, HTML or column breaks survive. */
export function escapeMarkdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#|~&$:]/g, (char) => `\\${char}`);
}

/** Renders one document's facts as a Markdown fact sheet: one row per fact, as many as the "Found:" line counts. */
export function formatMarkdownReport(analysis: Analysis, source: ReportSource): string {
  const lines = new LineIndex(source.text);
  const out = [
    `## ${escapeMarkdownInline(source.title)}`,
    '',
    `- Article date: ${escapeMarkdownInline(describeArticleDate(analysis.articleDate))}`,
    `- Analysed: ${analysis.analysedChars} of ${source.text.length} characters`,
    `- Found: ${escapeMarkdownInline(describeFactCounts(analysis))}`,
    ...analysis.warnings.map((warning) => `- Warning: ${escapeMarkdownInline(warning)}`),
  ];
  const groups = groupFacts(analysis);
  for (const kind of FACT_KINDS) {
    if (groups[kind].length === 0) continue;
    out.push('', `### ${KIND_LABELS[kind].many}`, '', ...tableFor(analysis, kind, groups[kind], lines));
  }
  return `${out.join('\n')}\n`;
}

function row(cells: Array<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

/** A fact and its mentions, with the line of its first mention. */
interface FactRow {
  fact: FactGroup;
  first: Mention | undefined;
  count: number;
  firstLine: number | string;
}

/** The header, alignment row and one row per fact of the table for one kind. */
function tableFor(analysis: Analysis, kind: FactKind, facts: readonly FactGroup[], lines: LineIndex): string[] {
  const entries: FactRow[] = facts.map((fact) => {
    const mentions = mentionsOfFact(analysis, fact);
    const first = mentions[0];
    return { fact, first, count: mentions.length, firstLine: first ? lines.positionAt(first.start).line : '' };
  });
  const wording = ({ fact, first }: FactRow) => escapeMarkdownInline(first?.text ?? fact.name);
  const value = (cell: string | number | undefined) => escapeMarkdownInline(String(cell ?? ''));
  if (NAMED_KINDS.includes(kind)) {
    return [row(['Name', 'Role', 'Mentions', 'First line']), row(['---', '---', '--:', '--:']), ...entries.map((entry) =>
      row([escapeMarkdownInline(entry.fact.name), value(entry.fact.role), entry.count, entry.firstLine]))];
  }
  if (kind === 'date') {
    return [row(['Date', 'Value', 'Type', 'Mentions', 'First line']), row(['---', '---', '---', '--:', '--:']), ...entries.map((entry) =>
      row([wording(entry), value(entry.first?.value), entry.first?.dateType ?? '', entry.count, entry.firstLine]))];
  }
  if (kind === 'figure') {
    return [row(['Figure', 'Value', 'Type', 'Mentions', 'First line']), row(['---', '---', '---', '--:', '--:']), ...entries.map((entry) =>
      row([wording(entry), value(entry.first && describeFigureValue(entry.first)), entry.first?.figureType ?? '', entry.count, entry.firstLine]))];
  }
  const speaker = ({ first }: FactRow) => value(first?.speaker ? entityNameOf(analysis, first.speaker) : '');
  return [row(['Quote', 'Speaker', 'Mentions', 'First line']), row(['---', '---', '--:', '--:']), ...entries.map((entry) =>
    row([wording(entry), speaker(entry), entry.count, entry.firstLine]))];
}
