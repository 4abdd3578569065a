// The human-readable report `newslens annotate` prints by default: facts grouped by kind, with line:column positions.
import type { Analysis, FactKind, Mention } from '../engine';
import {
  KIND_HEADINGS, NAMED_KINDS, describeArticleDate, describeFactCounts, describeFigureValue, entityGroupsOfKind,
  entityNameOf, mentionsOfKind, oneLine,
} from './factGroups';
import { LineIndex } from './lineIndex';
import type { ReportSource } from './reportFormat';

/** Positions listed per entity before the rest are summarised as "+N more". */
const MAX_POSITIONS_LISTED = 12;

/** Renders one document's facts as plain text for a terminal. */
export function formatTextReport(analysis: Analysis, source: ReportSource): string {
  const lines = new LineIndex(source.text);
  const out = [
    `News Lens facts: ${oneLine(source.title)}`,
    `Article date: ${describeArticleDate(analysis.articleDate)}`,
    `Analysed: ${analysis.analysedChars} of ${source.text.length} characters`,
    `Found: ${describeFactCounts(analysis)}`,
    ...analysis.warnings.map((warning) => `Warning: ${oneLine(warning)}`),
  ];
  for (const kind of Object.keys(KIND_HEADINGS) as FactKind[]) {
    const items = NAMED_KINDS.includes(kind) ? namedItems(analysis, kind, lines) : mentionItems(analysis, kind, lines);
    if (items.length === 0) continue;
    out.push('', `${KIND_HEADINGS[kind]} (${items.length})`, ...items.map((item) => `  ${item}`));
  }
  return `${out.join('\n')}\n`;
}

function namedItems(analysis: Analysis, kind: FactKind, lines: LineIndex): string[] {
  return entityGroupsOfKind(analysis, kind).map((group) => {
    const count = group.mentions.length;
    const positions = group.mentions.slice(0, MAX_POSITIONS_LISTED).map((mention) => lines.label(mention.start));
    if (count > MAX_POSITIONS_LISTED) positions.push(`+${count - MAX_POSITIONS_LISTED} more`);
    const role = group.role ? ` · ${oneLine(group.role)}` : '';
    return `${oneLine(group.name)}${role} · ${count} ${count === 1 ? 'mention' : 'mentions'} at ${positions.join(', ')}`;
  });
}

function mentionItems(analysis: Analysis, kind: FactKind, lines: LineIndex): string[] {
  return mentionsOfKind(analysis, kind).map((mention) => {
    const where = `at ${lines.label(mention.start)}`;
    return `"${oneLine(mention.text)}"${describeMention(analysis, mention)} ${where}`;
  });
}

function describeMention(analysis: Analysis, mention: Mention): string {
  if (mention.kind === 'date') {
    const type = mention.dateType ? ` (${mention.dateType})` : '';
    return mention.value !== undefined ? ` = ${mention.value}${type}` : type;
  }
  if (mention.kind === 'figure') {
    const type = mention.figureType ? ` (${mention.figureType})` : '';
    return mention.value !== undefined ? ` = ${describeFigureValue(mention)}${type}` : type;
  }
  if (mention.kind === 'quote') {
    return mention.speaker ? ` · said by ${oneLine(entityNameOf(analysis, mention.speaker))}` : ' · speaker not named';
  }
  return '';
}
