// Scores token corpora (CoNLL-2003, OntoNotes, MEANTIME): exact token span, exact label, per label and micro.
import type { Mention } from '../../src/engine/index';
import type { EvalCorpus, EvalDocument, Predictions } from './model';
import { alignToTokens, trimTokenRange } from './align';
import { mentionLabel } from './labels';
import { addCounts, countByLabel, matchExact, NO_COUNTS, prf, uniqueSpans, type Counts, type ScoredSpan } from './scoring';
import { contextOf, type CorpusReport, type ErrorRecord, type ScoreTable } from './report';
import { EXPOSURES, exposureOf, type Exposure } from './exposure';

/** The row of each token table scored against gold spans as annotated (not trimmed). */
export const UNTRIMMED_ROW = 'micro, gold untrimmed';

/** The row of the figures tables scored with a "$" token at either edge of gold and predicted spans dropped. */
export const DOLLAR_TRIMMED_ROW = 'micro, "$" trimmed at edges';

/** A family of labels scored together (names, figures, dates) under one headline key. */
export interface LabelGroup {
  name: string;
  labels: readonly string[];
  /** How a mention's label is read, when the corpus draws lines differently (default: `mentionLabel`). */
  labelOf?: (mention: Mention) => string | undefined;
  /** Also score the group split into names seen / unseen in the corpus's training split (when it has one). */
  byExposure?: boolean;
}

/** How gold spans are read: edge-trimmed as the judge does (the default and the headline), or as annotated. */
export interface GoldReading {
  trimGold: boolean;
  /** Also drop a "$" token at either edge of gold and predicted spans, as a judge that counts "$" as punctuation would:
   *  OntoNotes leaves it out of most plain amounts ("$ 250" is O B-MONEY), News Lens keeps it in ("$250"). */
  trimDollar?: boolean;
}

/** The headline reading: gold spans lose a possessive `'s` or punctuation token at their edges (corpus README). */
export const TRIMMED_GOLD: GoldReading = { trimGold: true };

/** A token span that remembers its character span, for error reports. */
export interface TokenSpan extends ScoredSpan {
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

/** The text of the document's token `index`. */
export function tokenTextOf(document: EvalDocument): (index: number) => string {
  return (index) => document.text.slice(document.tokens![index].start, document.tokens![index].end);
}

/** A gold span's token range as scored: trimmed (see `trimTokenRange`) or as annotated; undefined if nothing is left. */
function goldRange(document: EvalDocument, first: number, end: number, reading: GoldReading): { firstToken: number; endToken: number } | undefined {
  return reading.trimGold ? trimTokenRange(tokenTextOf(document), first, end) : { firstToken: first, endToken: end };
}

/** The document's gold spans of the group's labels (a set: a span annotated twice counts once). */
export function goldTokenSpans(document: EvalDocument, labels: readonly string[], reading: GoldReading = TRIMMED_GOLD): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const g of document.gold) {
    if (!labels.includes(g.label) || g.firstToken === undefined || g.endToken === undefined) continue;
    const range = goldRange(document, g.firstToken, g.endToken, reading);
    if (range) spans.push({ label: g.label, start: range.firstToken, end: range.endToken, charStart: document.tokens![range.firstToken].start, charEnd: document.tokens![range.endToken - 1].end });
  }
  return uniqueSpans(spans);
}

function errorRecords(corpus: string, document: EvalDocument, type: 'FP' | 'FN', spans: readonly TokenSpan[]): ErrorRecord[] {
  return spans.map((s) => ({ corpus, document: document.id, type, label: s.label, text: document.text.slice(s.charStart, s.charEnd), context: contextOf(document.text, s.charStart, s.charEnd) }));
}

/** A group's counts over a corpus under one reading of the gold: per label, per exposure (seen/unseen), and errors. */
interface GroupTally {
  byLabel: Map<string, Counts>;
  byExposure: Map<Exposure, Counts>;
  errors: ErrorRecord[];
}

/** Adds `counts` to the entry `key` of a tally. */
function addTo<K>(tally: Map<K, Counts>, key: K, counts: Counts): void {
  tally.set(key, addCounts(tally.get(key) ?? NO_COUNTS, counts));
}

/** Gold, unique predicted and correct spans of one document counted per exposure class (see exposure.ts). */
function countByExposure(document: EvalDocument, gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[], correct: readonly ScoredSpan[],
  trainingForms: ReadonlySet<string>): Map<Exposure, Counts> {
  const words = tokenTextOf(document);
  const count = (spans: readonly ScoredSpan[], exposure: Exposure): number => spans.filter((s) => exposureOf(words, s, trainingForms) === exposure).length;
  return new Map(EXPOSURES.map((e) => [e, { gold: count(gold, e), predicted: count(predicted, e), correct: count(correct, e) }]));
}

/** The spans without a "$" token at either edge (a span of "$" alone is dropped). */
function withoutDollarEdges(document: EvalDocument, spans: readonly TokenSpan[]): TokenSpan[] {
  const word = tokenTextOf(document);
  return uniqueSpans(spans.flatMap((span) => {
    let { start, end } = span;
    while (start < end && word(start) === '$') start++;
    while (end > start && word(end - 1) === '$') end--;
    return start < end ? [{ ...span, start, end }] : [];
  }));
}

/** Matches every document's gold and predicted spans of the group and sums the counts. */
function tallyGroup(corpus: EvalCorpus, predictions: Predictions, group: LabelGroup, reading: GoldReading): GroupTally {
  const tally: GroupTally = { byLabel: new Map(group.labels.map((l) => [l, NO_COUNTS])), byExposure: new Map(EXPOSURES.map((e) => [e, NO_COUNTS])), errors: [] };
  for (const document of corpus.documents) {
    let gold = goldTokenSpans(document, group.labels, reading);
    let predicted = predictedTokenSpans(document, predictions.get(document.id) ?? [], group);
    if (reading.trimDollar) [gold, predicted] = [withoutDollarEdges(document, gold), withoutDollarEdges(document, predicted)];
    const match = matchExact(gold, predicted);
    const uniquePredicted = [...match.correct, ...match.falsePositives];
    for (const [label, counts] of countByLabel(group.labels, gold, uniquePredicted, match.correct)) addTo(tally.byLabel, label, counts);
    if (group.byExposure && corpus.trainingForms) {
      for (const [exposure, counts] of countByExposure(document, gold, uniquePredicted, match.correct, corpus.trainingForms)) addTo(tally.byExposure, exposure, counts);
    }
    tally.errors.push(...errorRecords(corpus.name, document, 'FP', match.falsePositives), ...errorRecords(corpus.name, document, 'FN', match.falseNegatives));
  }
  return tally;
}

/** The sum of a tally's counts. */
const microOf = (tally: ReadonlyMap<unknown, Counts>): Counts => [...tally.values()].reduce(addCounts, NO_COUNTS);

/** The seen/unseen table and headline entries `<prefix>.seen`, `<prefix>.unseen`. */
function exposureReport(corpus: EvalCorpus, group: LabelGroup, byExposure: ReadonlyMap<Exposure, Counts>): Pick<CorpusReport, 'tables' | 'headline'> {
  const prefix = `${corpus.name}.${group.name}`;
  const title = `${corpus.name} ${group.name} by surface form: seen / unseen as an entity of any type in ${corpus.trainingSplit ?? 'the training split'}`;
  return {
    tables: [{ title, rows: [...byExposure].map(([label, counts]) => ({ label, counts })) }],
    headline: Object.fromEntries([...byExposure].map(([exposure, counts]) => [`${prefix}.${exposure}`, prf(counts)])),
  };
}

/**
 * Scores one group over a corpus against edge-trimmed gold: a table (labels, micro, then the micro against untrimmed
 * gold, the measure before the corpus README trimmed gold), the seen/unseen split if asked, headline entries, errors.
 */
export function scoreGroup(corpus: EvalCorpus, predictions: Predictions, group: LabelGroup): CorpusReport {
  const { byLabel, byExposure, errors } = tallyGroup(corpus, predictions, group, TRIMMED_GOLD);
  const micro = microOf(byLabel);
  const untrimmed = microOf(tallyGroup(corpus, predictions, group, { trimGold: false }).byLabel);
  const prefix = `${corpus.name}.${group.name}`;
  const rows = [...[...byLabel].map(([label, counts]) => ({ label, counts })), { label: 'micro', counts: micro }, { label: UNTRIMMED_ROW, counts: untrimmed }];
  const headline = Object.fromEntries([[`${prefix}.micro`, prf(micro)], ...[...byLabel].map(([label, counts]) => [`${prefix}.${label}`, prf(counts)]),
    [`${prefix}.microUntrimmedGold`, prf(untrimmed)]]);
  if (group.labels.includes('money')) {
    const dollarTrimmed = microOf(tallyGroup(corpus, predictions, group, { trimGold: true, trimDollar: true }).byLabel);
    rows.push({ label: DOLLAR_TRIMMED_ROW, counts: dollarTrimmed });
    headline[`${prefix}.microDollarTrimmed`] = prf(dollarTrimmed);
  }
  const table: ScoreTable = { title: `${corpus.name} ${group.name} (exact span, exact type)`, rows };
  if (!group.byExposure || !corpus.trainingForms) return { name: corpus.name, tables: [table], headline, errors };
  const exposure = exposureReport(corpus, group, byExposure);
  return { name: corpus.name, tables: [table, ...exposure.tables], headline: { ...headline, ...exposure.headline }, errors };
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
