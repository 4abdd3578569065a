// Scores TIMEX3 detection and normalisation: strict (exact characters), relaxed (one-to-one overlap), value F1.
import type { Mention } from '../../src/engine/index';
import type { EvalCorpus, EvalDocument, GoldSpan, Predictions } from './model';
import { DATE_LABEL } from './labels';
import { addCounts, attributeF1, matchExact, matchOverlap, NO_COUNTS, prf, uniqueSpans, type Counts, type ScoredSpan } from './scoring';
import { contextOf, type CorpusReport, type ErrorRecord } from './report';

/** A predicted date span with its value and type. */
interface DateSpan extends ScoredSpan {
  value?: string;
  dateType?: string;
}

/** Tallies of one document (or a whole corpus). */
export interface TimexCounts {
  strict: Counts;
  relaxed: Counts;
  /** Relaxed matches whose value equals the gold value. */
  rightValue: number;
  /** Relaxed matches whose dateType equals the gold TIMEX3 type. */
  rightType: number;
}

const EMPTY: TimexCounts = { strict: NO_COUNTS, relaxed: NO_COUNTS, rightValue: 0, rightType: 0 };

function dateSpans(mentions: readonly Mention[]): DateSpan[] {
  return mentions
    .filter((m) => m.kind === 'date')
    .map((m) => ({ label: DATE_LABEL, start: m.start, end: m.end, value: m.value === undefined ? undefined : String(m.value), dateType: m.dateType }));
}

/** Scores one document's date mentions against its TIMEX3s (character offsets, nothing trimmed). */
export function scoreTimexDocument(document: EvalDocument, mentions: readonly Mention[], corpus = ''): { counts: TimexCounts; errors: ErrorRecord[] } {
  const gold: (GoldSpan & ScoredSpan)[] = uniqueSpans(document.gold.filter((g) => g.label === DATE_LABEL));
  const predicted = dateSpans(mentions);
  const strict = matchExact(gold, predicted);
  const relaxed = matchOverlap(gold, predicted);
  const predictedCount = strict.correct.length + strict.falsePositives.length;
  const wrongValue = relaxed.pairs.filter(([g, p]) => g.value !== p.value);
  const record = (type: ErrorRecord['type'], s: ScoredSpan, label: string, note?: string): ErrorRecord =>
    ({ corpus, document: document.id, type, label, text: document.text.slice(s.start, s.end), context: contextOf(document.text, s.start, s.end), note });
  const errors = [
    ...strict.falsePositives.map((p) => record('FP', p, p.dateType ?? DATE_LABEL, relaxed.falsePositives.includes(p) ? 'no overlap' : 'overlaps gold')),
    ...strict.falseNegatives.map((g) => record('FN', g, g.tag, `gold value ${g.value}${relaxed.falseNegatives.includes(g) ? ', no overlap' : ', overlapped'}`)),
    ...wrongValue.map(([g, p]) => record('VALUE', p, g.tag, `gold "${document.text.slice(g.start, g.end)}" = ${g.value}; engine = ${p.value ?? '(none)'}`)),
  ];
  return {
    counts: {
      strict: { gold: gold.length, predicted: predictedCount, correct: strict.correct.length },
      relaxed: { gold: gold.length, predicted: predictedCount, correct: relaxed.pairs.length },
      rightValue: relaxed.pairs.length - wrongValue.length,
      rightType: relaxed.pairs.filter(([g, p]) => g.tag.toLowerCase() === p.dateType).length,
    },
    errors,
  };
}

function addTimex(a: TimexCounts, b: TimexCounts): TimexCounts {
  return { strict: addCounts(a.strict, b.strict), relaxed: addCounts(a.relaxed, b.relaxed), rightValue: a.rightValue + b.rightValue, rightType: a.rightType + b.rightType };
}

/** Scores a TIMEX3 corpus; headline keys `<name>.strict`, `.relaxed`, `.valueF1`, `.typeF1`. */
export function evaluateTimexCorpus(corpus: EvalCorpus, predictions: Predictions): CorpusReport {
  let totals = EMPTY;
  const errors: ErrorRecord[] = [];
  for (const document of corpus.documents) {
    const scored = scoreTimexDocument(document, predictions.get(document.id) ?? [], corpus.name);
    totals = addTimex(totals, scored.counts);
    errors.push(...scored.errors);
  }
  const valueF1 = attributeF1(totals.relaxed, totals.rightValue);
  const typeF1 = attributeF1(totals.relaxed, totals.rightType);
  const rows = [
    { label: 'strict', counts: totals.strict },
    { label: 'relaxed', counts: totals.relaxed },
    { label: 'value', counts: { ...totals.relaxed, correct: totals.rightValue }, scores: valueF1 },
    { label: 'type', counts: { ...totals.relaxed, correct: totals.rightType }, scores: typeF1 },
  ];
  const headline = { [`${corpus.name}.strict`]: prf(totals.strict), [`${corpus.name}.relaxed`]: prf(totals.relaxed), [`${corpus.name}.valueF1`]: valueF1, [`${corpus.name}.typeF1`]: typeF1 };
  return { name: corpus.name, tables: [{ title: `${corpus.name} TIMEX3 (value/type rows: correct = relaxed matches with the right attribute)`, rows }], headline, errors };
}
