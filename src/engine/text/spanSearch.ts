// Binary searches over spans sorted by start, so per-mention look-ups stay logarithmic on long texts.
import type { TextSpan } from '../types';

/** Index of the first number in `sorted` (ascending) at or above `value`; `sorted.length` if none. */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first span in `sorted` (by start) whose start is at or after `offset`; `sorted.length` if none. */
export function firstStartingAt<T extends TextSpan>(sorted: readonly T[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first span in `sorted` (by start, not overlapping) that ends after `offset`; `sorted.length` if none. */
export function firstEndingAfter<T extends TextSpan>(sorted: readonly T[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the span of `sorted` (by start, not overlapping) that holds `offset`, or -1 when none does. */
export function spanHolding<T extends TextSpan>(sorted: readonly T[], offset: number): number {
  const i = firstEndingAfter(sorted, offset);
  return i < sorted.length && sorted[i].start <= offset ? i : -1;
}

/** The spans of `sorted` (by start) that start inside `region`. */
export function startingWithin<T extends TextSpan>(sorted: readonly T[], region: TextSpan): T[] {
  const from = firstStartingAt(sorted, region.start);
  const to = firstStartingAt(sorted, region.end);
  return sorted.slice(from, to);
}

/** A look-up "which of `spans` overlap this span?", logarithmic plus the answer, for spans no longer than `maxLength`. */
export function overlapFinder<T extends TextSpan>(spans: readonly T[]): (span: TextSpan) => T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxLength = sorted.reduce((longest, s) => Math.max(longest, s.end - s.start), 0);
  return (span) => startingWithin(sorted, { start: span.start - maxLength, end: span.end }).filter((s) => s.start < span.end && span.start < s.end);
}

/** A test "does this span overlap any of `spans`?" answered in logarithmic time. */
export function overlapTester(spans: readonly TextSpan[]): (span: TextSpan) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // A typed array filled in one loop: testers over every name of the document are built several times a keystroke.
  const maxEnd = new Float64Array(sorted.length);
  let most = -Infinity;
  for (let i = 0; i < sorted.length; i++) maxEnd[i] = most = Math.max(sorted[i].end, most);
  return (span) => {
    const last = firstStartingAt(sorted, span.end) - 1;
    return last >= 0 && maxEnd[last] > span.start;
  };
}
