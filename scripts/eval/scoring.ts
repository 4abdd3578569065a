// Precision/recall/F1 with conlleval semantics (exact span, exact label) and TempEval-3 relaxed (overlap) matching.

/** A labelled span in one unit (tokens or characters), [start, end). */
export interface ScoredSpan {
  label: string;
  start: number;
  end: number;
}

/** How many gold, predicted and correct items. */
export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

/** Precision, recall and F1 as fractions in [0, 1]. */
export interface PRF {
  p: number;
  r: number;
  f1: number;
}

/** P/R/F1 of counts; 0 (not NaN) when a denominator is 0, as conlleval prints. */
export function prf({ gold, predicted, correct }: Counts): PRF {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The sum of two tallies. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, correct: a.correct + b.correct };
}

/** The empty tally. */
export const NO_COUNTS: Readonly<Counts> = Object.freeze({ gold: 0, predicted: 0, correct: 0 });

const keyOf = (s: ScoredSpan): string => `${s.label}\u0000${s.start}\u0000${s.end}`;

/** Drops duplicate predictions (same label and span): a set of chunks, as conlleval sees it. */
export function uniqueSpans<T extends ScoredSpan>(spans: readonly T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = keyOf(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Exact matching: a prediction is correct only with the same start, end and label as a gold span. */
export function matchExact<G extends ScoredSpan, P extends ScoredSpan>(gold: readonly G[], predicted: readonly P[]): { correct: P[]; falsePositives: P[]; falseNegatives: G[] } {
  const goldKeys = new Set(gold.map(keyOf));
  const unique = uniqueSpans(predicted);
  const predictedKeys = new Set(unique.map(keyOf));
  return {
    correct: unique.filter((s) => goldKeys.has(keyOf(s))),
    falsePositives: unique.filter((s) => !goldKeys.has(keyOf(s))),
    falseNegatives: gold.filter((s) => !predictedKeys.has(keyOf(s))),
  };
}

/** Counts per label (for the given labels) of an exact match. */
export function countByLabel(labels: readonly string[], gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[], correct: readonly ScoredSpan[]): Map<string, Counts> {
  const count = (spans: readonly ScoredSpan[], label: string): number => spans.filter((s) => s.label === label).length;
  return new Map(labels.map((label) => [label, { gold: count(gold, label), predicted: count(predicted, label), correct: count(correct, label) }]));
}

const overlaps = (a: ScoredSpan, b: ScoredSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Relaxed matching, one-to-one, labels ignored: identical spans pair first, then each gold span (by end) takes the
 * overlapping unpaired prediction that ends first. Returns the pairs and what stayed unpaired.
 */
export function matchOverlap<G extends ScoredSpan, P extends ScoredSpan>(gold: readonly G[], predicted: readonly P[]): { pairs: [G, P][]; falsePositives: P[]; falseNegatives: G[] } {
  const free = new Set(uniqueSpans(predicted));
  const pairs: [G, P][] = [];
  const unpaired: G[] = [];
  for (const g of gold) {
    const same = [...free].find((p) => p.start === g.start && p.end === g.end);
    if (same) {
      pairs.push([g, same]);
      free.delete(same);
    } else unpaired.push(g);
  }
  const falseNegatives: G[] = [];
  for (const g of [...unpaired].sort((a, b) => a.end - b.end || a.start - b.start)) {
    const candidate = [...free].filter((p) => overlaps(g, p)).sort((a, b) => a.end - b.end || a.start - b.start)[0];
    if (candidate) {
      pairs.push([g, candidate]);
      free.delete(candidate);
    } else falseNegatives.push(g);
  }
  return { pairs, falsePositives: [...free], falseNegatives };
}

/** TempEval-3 attribute F1: relaxed F1 × the share of relaxed matches whose attribute is right. */
export function attributeF1(relaxed: Counts, rightAttribute: number): PRF {
  const share = relaxed.correct ? rightAttribute / relaxed.correct : 0;
  const { p, r, f1 } = prf(relaxed);
  return { p: p * share, r: r * share, f1: f1 * share };
}
