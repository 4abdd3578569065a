// Settling overlapping dates and figures: only candidates that overlap compete, so each run of overlapping ones is
// ranked alone. That must keep exactly what ranking every candidate at once keeps.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { longestWithoutOverlap } from '../../../src/engine/dates/finalize';

interface Candidate { start: number; end: number; kind: 'date' | 'figure'; id: number }

/** Every candidate ranked at once (priority, then length, then the earliest, then the first given), in text order. */
function rankedAtOnce(candidates: readonly Candidate[], priority: (c: Candidate) => number): Candidate[] {
  const taken = new Set<number>();
  const ranked = [...candidates].sort((a, b) => priority(b) - priority(a) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept = ranked.filter((c) => {
    for (let i = c.start; i < c.end; i++) if (taken.has(i)) return false;
    for (let i = c.start; i < c.end; i++) taken.add(i);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

const candidates = fc.array(fc.record({ start: fc.nat(60), length: fc.integer({ min: 0, max: 12 }), date: fc.boolean() }), { maxLength: 40 })
  .map((list) => list.map(({ start, length, date }, id): Candidate => ({ start, end: start + length, kind: date ? 'date' : 'figure', id })));

describe('longestWithoutOverlap', () => {
  it('keeps what ranking all candidates at once keeps, dates first, then the longest, the earliest and the first given', () => {
    const byKind = (c: Candidate): number => (c.kind === 'date' ? 1 : 0);
    fc.assert(fc.property(candidates, (list) => {
      assert.deepEqual(longestWithoutOverlap(list, byKind), rankedAtOnce(list, byKind));
      assert.deepEqual(longestWithoutOverlap(list), rankedAtOnce(list, () => 0));
    }), { numRuns: 2000 });
  });

  it('keeps the longer of two overlapping figures and a date over a longer figure', () => {
    const figure = { start: 0, end: 10, kind: 'figure' as const, id: 0 };
    const date = { start: 8, end: 12, kind: 'date' as const, id: 1 };
    const apart = { start: 20, end: 22, kind: 'figure' as const, id: 2 };
    assert.deepEqual(longestWithoutOverlap([figure, date, apart], (c) => (c.kind === 'date' ? 1 : 0)), [date, apart]);
    assert.deepEqual(longestWithoutOverlap([date, figure, apart]), [figure, apart]);
  });
});
