// The human-readable report `newslens annotate` prints by default: facts grouped by kind, with line:column positions.
import { FACT_KINDS, type Analysis, type Mention } from '../engine/types';
import {
  KIND_LABELS, NAMED_KINDS, describeArticleDate, describeFactCounts, describeFigureValue, entityNameOf, groupFacts,
  mentionsOfFact, oneLine, type FactGroup,
} from './factGroups';
import { LineIndex } from './lineIndex';
import type { ReportSource } from './reportFormat';

/** Positions listed per fact before the rest are summarised as "+N more". */
const MAX_POSITIONS_LISTED = 12;

/** Renders one document's facts as plain text for a terminal: one line per fact, as many as the "Found:" line counts. */
export function formatTextReport(analysis: Analysis, source: ReportSource): string {
  const lines = new LineIndex(source.text);
  const out = [
    `News Lens facts: ${oneLine(source.title)}`,
    `Article date: ${describeArticleDate(analysis.articleDate)}`,
    `Analysed: ${analysis.analysedChars} of ${source.text.length} characters`,
    `Found: ${describeFactCounts(analysis)}`,
    ...analysis.warnings.map((warning) => `Warning: ${oneLine(warning)}`),
  ];
  const groups = groupFacts(analysis);
  for (const kind of FACT_KINDS) {
    const facts = groups[kind];
    if (facts.length === 0) continue;
    out.push('', `${KIND_LABELS[kind].many} (${facts.length})`, ...facts.map((fact) => `  ${factLine(analysis, fact, lines)}`));
  }
  return `${out.join('\n')}\n`;
}

/** "Li Qiang · Premier · 2 mentions at 2:12, 3:13" or "\"September\" = 2025-09 (date) · 2 mentions at 15:9, 15:212". */
function factLine(analysis: Analysis, fact: FactGroup, lines: LineIndex): string {
  const mentions = mentionsOfFact(analysis, fact);
  const count = mentions.length;
  const positions = mentions.slice(0, MAX_POSITIONS_LISTED).map((mention) => lines.label(mention.start));
  if (count > MAX_POSITIONS_LISTED) positions.push(`+${count - MAX_POSITIONS_LISTED} more`);
  return `${describeFact(analysis, fact, mentions[0])} · ${count} ${count === 1 ? 'mention' : 'mentions'} at ${positions.join(', ')}`;
}

/** A named fact by its canonical name and role; a date, figure or quote by its first wording and what it means. */
function describeFact(analysis: Analysis, fact: FactGroup, first: Mention | undefined): string {
  if (NAMED_KINDS.includes(fact.kind) || !first) {
    return `${oneLine(fact.name)}${fact.role ? ` · ${oneLine(fact.role)}` : ''}`;
  }
  return `"${oneLine(fact.kind === 'quote' ? first.text : fact.name)}"${describeMention(analysis, first)}`;
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
