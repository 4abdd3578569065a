// Scores token corpora (CoNLL-2003, OntoNotes, MEANTIME): exact token span, exact label, per label and micro.
import type { Mention } from '../../src/engine/index';
import type { EvalCorpus, EvalDocument, Predictions } from './model';
import { alignToTokens } from './align';
import { mentionLabel } from './labels';
import { addCounts, countByLabel, matchExact, NO_COUNTS, prf, uniqueSpans, type Counts, type ScoredSpan } from './scoring';
import { contextOf, type CorpusReport, type ErrorRecord, type ScoreTable } from './report';

/** A family of labels scored together (names, figures, dates) under one headline key. */
export interface LabelGroup {
  name: string;
  labels: readonly string[];
  /** How a mention's label is read, when the corpus draws lines differently (default: `mentionLabel`). */
  labelOf?: (mention: Mention) => string | undefined;
}

/** A token span that remembers its character span, for error reports. */
interface TokenSpan extends ScoredSpan {
  charStart: number;
  charEnd: number;
}

/** The document's predictions of the group's labels, as token spans. */
export function predictedTokenSpans(document: EvalDocument, mentions: readonly Mention[], group: LabelGroup): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const mention of mentions) {
    const label = (group.labelOf ?? mentionLabel)(mention);
    if (!label || !group.labels.includes(label)) continue;
    const tokens = alignToTokens(document.text, document.tokens ?? [], mention.start, mention.end);
    if (tokens) spans.push({ label, start: tokens.firstToken, end: tokens.endToken, charStart: mention.start, charEnd: mention.end });
  }
  return spans;
}

/** The document's gold spans of the group's labels (a set: a span annotated twice counts once). */
function goldTokenSpans(document: EvalDocument, labels: readonly string[]): TokenSpan[] {
  return uniqueSpans(document.gold
    .filter((g) => labels.includes(g.label) && g.firstToken !== undefined && g.endToken !== undefined)
    .map((g) => ({ label: g.label, start: g.firstToken!, end: g.endToken!, charStart: g.start, charEnd: g.end })));
}

function errorRecords(corpus: string, document: EvalDocument, type: 'FP' | 'FN', spans: readonly TokenSpan[]): ErrorRecord[] {
  return spans.map((s) => ({ corpus, document: document.id, type, label: s.label, text: document.text.slice(s.charStart, s.charEnd), context: contextOf(document.text, s.charStart, s.charEnd) }));
}

/** Scores one group over a corpus: a table (labels then micro), headline entries and the errors. */
export function scoreGroup(corpus: EvalCorpus, predictions: Predictions, group: LabelGroup): CorpusReport {
  const totals = new Map<string, Counts>(group.labels.map((l) => [l, NO_COUNTS]));
  const errors: ErrorRecord[] = [];
  for (const document of corpus.documents) {
    const gold = goldTokenSpans(document, group.labels);
    const predicted = predictedTokenSpans(document, predictions.get(document.id) ?? [], group);
    const match = matchExact(gold, predicted);
    const uniquePredicted = [...match.correct, ...match.falsePositives];
    for (const [label, counts] of countByLabel(group.labels, gold, uniquePredicted, match.correct)) totals.set(label, addCounts(totals.get(label)!, counts));
    errors.push(...errorRecords(corpus.name, document, 'FP', match.falsePositives), ...errorRecords(corpus.name, document, 'FN', match.falseNegatives));
  }
  const micro = [...totals.values()].reduce(addCounts, NO_COUNTS);
  const prefix = `${corpus.name}.${group.name}`;
  const table: ScoreTable = { title: `${corpus.name} ${group.name} (exact span, exact type)`, rows: [...[...totals].map(([label, counts]) => ({ label, counts })), { label: 'micro', counts: micro }] };
  const headline = Object.fromEntries([[`${prefix}.micro`, prf(micro)], ...[...totals].map(([label, counts]) => [`${prefix}.${label}`, prf(counts)])]);
  return { name: corpus.name, tables: [table], headline, errors };
}

/** Scores several groups and merges their reports into one. */
export function evaluateTokenCorpus(corpus: EvalCorpus, predictions: Predictions, groups: readonly LabelGroup[]): CorpusReport {
  const reports = groups.map((g) => scoreGroup(corpus, predictions, g));
  return {
    name: corpus.name,
    tables: reports.flatMap((r) => r.tables),
    headline: Object.assign({}, ...reports.map((r) => r.headline)),
    errors: reports.flatMap((r) => r.errors),
  };
}
