// Settles overlapping date candidates and fills in values that depend on other dates in the sentence.
import { addUnits, formatAt, formatShift, parseTimexValue, type CalendarDay, type CalendarUnit } from './calendar';
import type { DateCandidate } from './candidate';

const UNIT_RANK: Record<CalendarUnit, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5 };

/**
 * Keeps the longest of overlapping candidates (earliest first on ties), in text order. `priority` ranks kinds
 * before length (dates over figures). Linear in the covered text, so long runs of candidates stay fast.
 */
export function longestWithoutOverlap<T extends { start: number; end: number }>(candidates: readonly T[], priority: (candidate: T) => number = () => 0): T[] {
  if (!candidates.length) return [];
  if (candidates.some((candidate) => candidate.end <= candidate.start)) return rankedWithoutOverlap(candidates, priority);
  // Only candidates that overlap compete: each run of overlapping ones is ranked alone, and a candidate that overlaps
  // none is kept. The whole document's dates and figures are settled on every keystroke, and few of them overlap.
  const byStart = candidates.map((_, i) => i).sort((a, b) => candidates[a].start - candidates[b].start);
  const kept: T[] = [];
  for (let from = 0; from < byStart.length;) {
    let to = from + 1;
    let end = candidates[byStart[from]].end;
    while (to < byStart.length && candidates[byStart[to]].start < end) end = Math.max(end, candidates[byStart[to++]].end);
    if (to === from + 1) kept.push(candidates[byStart[from]]);
    else kept.push(...rankedWithoutOverlap(byStart.slice(from, to).sort((a, b) => a - b).map((i) => candidates[i]), priority));
    from = to;
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Keeps the best ranked of overlapping candidates (priority, then length, then the earliest, then the first given),
 *  in text order. Linear in the covered text. */
function rankedWithoutOverlap<T extends { start: number; end: number }>(candidates: readonly T[], priority: (candidate: T) => number): T[] {
  const base = candidates.reduce((least, candidate) => Math.min(least, candidate.start), Infinity);
  const taken = new Uint8Array(candidates.reduce((most, candidate) => Math.max(most, candidate.end), 0) - base);
  const ranked = [...candidates].sort((a, b) => priority(b) - priority(a) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const candidate of ranked) {
    const from = candidate.start - base;
    const to = candidate.end - base;
    if (taken.subarray(from, to).includes(1)) continue;
    taken.fill(1, from, to);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "a month earlier" shifts the latest date before it when that date is at least as precise, keeping its precision
 * ("the third quarter … a year earlier" → the same quarter a year before); otherwise it shifts the article date.
 * "the year" (a shift by nothing) is that anchor's year; a shift with its own granularity (`at`) keeps that.
 */
function shiftedValue(candidate: DateCandidate, anchor: { date: CalendarDay; unit: CalendarUnit } | undefined, article: CalendarDay): string {
  const { unit, count, fallback = 0, at, fallbackAt } = candidate.shift!;
  if (anchor && UNIT_RANK[anchor.unit] <= UNIT_RANK[at ?? unit]) return formatShift(anchor.date, unit, count, at ?? (count === 0 ? unit : anchor.unit));
  const granularity = at ?? fallbackAt ?? unit;
  return formatShift(addUnits(article, granularity, fallback), unit, count, granularity);
}

/** A clock time takes the nearest full date in the sentence ("3 p.m. on Tuesday"), else the article date. */
function clockValue(candidate: DateCandidate, dated: readonly DateCandidate[], article: CalendarDay): string {
  const days = dated.filter((other) => /^\d{4}-\d{2}-\d{2}$/.test(other.value ?? ''));
  const distance = (other: DateCandidate): number => Math.min(Math.abs(other.start - candidate.end), Math.abs(candidate.start - other.end));
  const nearest = days.sort((a, b) => distance(a) - distance(b))[0];
  return (nearest?.value ?? formatAt(article, 'day')) + candidate.clock!;
}

/** Fills in shifted and clock values, in text order, so each shift sees the dates before it. */
export function resolveDependentValues(candidates: readonly DateCandidate[], article: CalendarDay): DateCandidate[] {
  let anchor: { date: CalendarDay; unit: CalendarUnit } | undefined;
  const resolved = candidates.map((candidate) => {
    const value = candidate.shift ? shiftedValue(candidate, anchor, article) : candidate.value;
    if (value && candidate.dateType === 'date') anchor = parseTimexValue(value) ?? anchor;
    return { ...candidate, value };
  });
  return resolved.map((candidate) => (candidate.clock ? { ...candidate, value: clockValue(candidate, resolved, article) } : candidate));
}

/** "9 a.m. Tuesday", "noon Saturday", "16:00 UTC today", "5 p.m. EST, Nov. 6": a clock time right before the day it
 *  falls on is one time expression, as TimeML marks it (with "on" between them they stay two). */
export function joinClockAndDay(candidates: readonly DateCandidate[], text: string): DateCandidate[] {
  const joined: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const clock = candidates[i];
    const day = candidates[i + 1];
    if (clock.clock && day?.dateType === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(day.value ?? '') && /^,?\s{1,2}$/.test(text.slice(clock.end, day.start))) {
      joined.push({ start: clock.start, end: day.end, dateType: 'time', value: day.value + clock.clock });
      i += 1;
    } else joined.push(clock);
  }
  return joined;
}
