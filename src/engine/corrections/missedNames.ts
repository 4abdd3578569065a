// Where the taggers missed a name a correction gives a kind ("This is a person" said of a name left unmarked): every
// occurrence of the name as the correction writes it, as a whole word, that no mention already covers.
import type { Mention, TextSpan } from '../types';
import type { Correction, NamedKind } from './correction';
import { firstStartingAt } from '../text/spanSearch';

/** A name found by a correction, not by the taggers. */
export interface MissedName extends TextSpan {
  kind: NamedKind;
  /** The correction's name, as it writes it. */
  name: string;
}

/** A name with its spaces trimmed and each run of white space one space. */
const oneSpaced = (name: string): string => name.trim().replace(/\s+/g, ' ');

/** The last set of names searched for and its pattern: the worker gets the same corrections with every request. */
let lastPattern: { signature: string; pattern: RegExp; byName: Map<string, Correction> } | undefined;

/** One pattern for all the names, longest first ("Manchester United" before "Manchester"), each a whole word. */
function patternOf(corrections: readonly Correction[]): { pattern: RegExp; byName: Map<string, Correction> } {
  const names = [...new Set(corrections.map((c) => oneSpaced(c.name)).filter((name) => name !== ''))].sort((a, b) => b.length - a.length);
  const signature = names.join('\n');
  if (lastPattern?.signature !== signature) {
    const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
    lastPattern = { signature, pattern, byName: new Map(corrections.map((c) => [oneSpaced(c.name), c])) };
  }
  return lastPattern;
}

/** Occurrences of the corrections' names in `text` that overlap no mention but a quote (names inside quotes are
 *  names). `mentions` are sorted by start. */
export function missedNames(text: string, mentions: readonly Mention[], corrections: readonly Correction[]): MissedName[] {
  if (corrections.length === 0) return [];
  const { pattern, byName } = patternOf(corrections);
  const covers = coverage(mentions.filter((m) => m.kind !== 'quote'));
  const found: MissedName[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const correction = byName.get(oneSpaced(match[0]));
    if (!correction?.kind || correction.kind === 'not-a-fact' || covers(start, end)) continue;
    found.push({ start, end, kind: correction.kind, name: correction.name });
  }
  return found;
}

/** Whether any of the spans (sorted by start) overlaps [start, end): the furthest end among those starting before
 *  `end`, found by binary search over a running maximum, so each test is O(log n) however many names match. */
function coverage(spans: readonly TextSpan[]): (start: number, end: number) => boolean {
  const furthest: number[] = [];
  spans.forEach((span, i) => furthest.push(Math.max(span.end, i > 0 ? furthest[i - 1] : 0)));
  return (start, end) => {
    const before = firstStartingAt(spans, end);
    return before > 0 && furthest[before - 1] > start;
  };
}
