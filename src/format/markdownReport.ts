// The Markdown fact sheet: a heading per document and a table per kind, with document text escaped.
import type { Analysis, FactKind, Mention } from '../engine';
import {
  KIND_HEADINGS, NAMED_KINDS, describeArticleDate, describeFactCounts, describeFigureValue, entityGroupsOfKind,
  entityNameOf, mentionsOfKind, oneLine,
} from './factGroups';
import { LineIndex } from './lineIndex';
import type { ReportSource } from './reportFormat';

/** Escapes document text for one Markdown table cell or heading: no markup, links, HTML or column breaks survive. */
export function escapeMarkdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#|~&$:]/g, (char) => `\\${char}`);
}

/** Renders one document's facts as a Markdown fact sheet. */
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
  for (const kind of Object.keys(KIND_HEADINGS) as FactKind[]) {
    const rows = tableFor(analysis, kind, lines);
    if (rows.length <= 2) continue;
    out.push('', `### ${KIND_HEADINGS[kind]}`, '', ...rows);
  }
  return `${out.join('\n')}\n`;
}

function row(cells: Array<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

function tableFor(analysis: Analysis, kind: FactKind, lines: LineIndex): string[] {
  const lineOf = (mention: Mention) => lines.positionAt(mention.start).line;
  if (NAMED_KINDS.includes(kind)) {
    const groups = entityGroupsOfKind(analysis, kind);
    return [row(['Name', 'Role', 'Mentions', 'First line']), row(['---', '---', '--:', '--:']), ...groups.map((group) =>
      row([escapeMarkdownInline(group.name), escapeMarkdownInline(group.role ?? ''), group.mentions.length, lineOf(group.mentions[0])]))];
  }
  const mentions = mentionsOfKind(analysis, kind);
  const text = (mention: Mention) => escapeMarkdownInline(mention.text);
  if (kind === 'date') {
    return [row(['Date', 'Value', 'Type', 'Line']), row(['---', '---', '---', '--:']), ...mentions.map((mention) =>
      row([text(mention), escapeMarkdownInline(String(mention.value ?? '')), mention.dateType ?? '', lineOf(mention)]))];
  }
  if (kind === 'figure') {
    return [row(['Figure', 'Value', 'Type', 'Line']), row(['---', '---', '---', '--:']), ...mentions.map((mention) =>
      row([text(mention), escapeMarkdownInline(describeFigureValue(mention)), mention.figureType ?? '', lineOf(mention)]))];
  }
  return [row(['Quote', 'Speaker', 'Line']), row(['---', '---', '--:']), ...mentions.map((mention) =>
    row([text(mention), escapeMarkdownInline(mention.speaker ? entityNameOf(analysis, mention.speaker) : ''), lineOf(mention)]))];
}
