// Spans an edited document keeps relative to their line and places again on every run (the tagger's names reconciled
// with a line's rules, a line's figures, a sentence's dates and figures): which of this run's items lie on a line,
// whether they are the kept ones, and copies moved by an offset, written field by field for the shapes every run copies.
import type { Mention, TextSpan } from '../types';

/** The index past the last of `items` (sorted by start, read from `from`) starting before `end`; -1 when one of them
 *  starts before `start` or ends after `end`, outside the line [start, end). */
export function endWithin(items: readonly TextSpan[], from: number, start: number, end: number): number {
  let next = from;
  while (next < items.length && items[next].start < end) {
    if (items[next].start < start || items[next].end > end) return -1;
    next++;
  }
  return next;
}

/** The offset that moves a span starting at `start` to 0. Written `0 - start`, never `-start`: for a span at 0 that
 *  is -0, a double, and one double stored in a span's start makes V8 box the start and end of every span of that shape,
 *  an allocation for each field of each copy on every keystroke. */
export const offsetBack = (start: number): number => 0 - start;

/** True when found[from, to) are `kept` moved by `offset`, and `sameFields` finds each pair's other fields the same. */
export function sameMoved<T extends TextSpan>(kept: readonly T[], found: readonly T[], from: number, to: number, offset: number,
  sameFields: (kept: T, found: T) => boolean): boolean {
  if (kept.length !== to - from) return false;
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = found[from + i];
    if (a.start + offset !== b.start || a.end + offset !== b.end || !sameFields(a, b)) return false;
  }
  return true;
}

/** The shapes a run copies field by field (a name as the tagger gives it; a date; a figure, without or with a unit),
 *  and any other, copied by spreading it: copying every kept item with a spread showed on every keystroke. */
export type CopyShape = 'name' | 'date' | 'figure' | 'figureWithUnit' | 'other';

/** The copied shapes, by their fields in order. */
const SHAPES: Readonly<Record<string, CopyShape>> = {
  'kind,start,end': 'name',
  'kind,start,end,text,dateType,value': 'date',
  'kind,start,end,text,figureType,value': 'figure',
  'kind,start,end,text,figureType,value,unit': 'figureWithUnit',
};

/** A span's shape, by its fields and their order: worked out once, when the span is kept. */
export const copyShapeOf = (span: TextSpan): CopyShape => SHAPES[Object.keys(span).join(',')] ?? 'other';

/** A copy of a span of the shape given, moved by `offset`: the same fields in the same order. */
export function movedCopy<T extends TextSpan>(span: T, shape: CopyShape, offset: number): T {
  const start = span.start + offset;
  const end = span.end + offset;
  const m = span as unknown as Mention;
  switch (shape) {
    case 'name': return { kind: m.kind, start, end } as unknown as T;
    case 'date': return { kind: m.kind, start, end, text: m.text, dateType: m.dateType, value: m.value } as unknown as T;
    case 'figure': return { kind: m.kind, start, end, text: m.text, figureType: m.figureType, value: m.value } as unknown as T;
    case 'figureWithUnit': return { kind: m.kind, start, end, text: m.text, figureType: m.figureType, value: m.value, unit: m.unit } as unknown as T;
    default: return { ...span, start, end };
  }
}
