// The BIO label sets the taggers predict, and which label pairs may follow each other.
import type { NameKind } from '../names/nameMention';

/** BIO labels over the given types, in model order; index 0 is O. */
const bioLabels = (types: readonly string[]): readonly string[] => ['O', ...types.flatMap((type) => [`B-${type}`, `I-${type}`])];

/** The name tagger's labels: people, organizations, places. */
export const NAME_LABELS = bioLabels(['PER', 'ORG', 'LOC']);

/** The figure tagger's labels: OntoNotes' numeric types, dates and times included so that it learns where figures are not. */
export const FIGURE_LABELS = bioLabels(['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL', 'DATE', 'TIME']);

/** Name kinds the tagger outputs, by the label's type suffix. */
export const KIND_OF_TYPE: Readonly<Record<string, NameKind>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** True when label `to` may follow label `from` (-1 = sentence start): I-X only after B-X or I-X. */
export function isAllowedTransition(labels: readonly string[], from: number, to: number): boolean {
  const target = labels[to];
  if (!target.startsWith('I-')) return true;
  if (from < 0) return false;
  return labels[from].slice(2) === target.slice(2) && labels[from] !== 'O';
}

/** Exact chunks [start, end, type] of a BIO label sequence (a stray I- starts a chunk, conlleval-style). */
export function chunksOf(labels: readonly string[]): [number, number, string][] {
  const chunks: [number, number, string][] = [];
  let open: [number, number, string] | undefined;
  labels.forEach((label, i) => {
    const type = label === 'O' ? '' : label.slice(2);
    if (open && (label.startsWith('B-') || type !== open[2])) { chunks.push(open); open = undefined; }
    if (type && !open) open = [i, i + 1, type];
    else if (open) open[1] = i + 1;
  });
  if (open) chunks.push(open);
  return chunks;
}
