// A duration in words with the stretch of calendar it covers from the article date: "the next five years" (P5Y) in a
// story of 12 March 2026 is "5 years, 2026–2031"; "the past 12 days" is "12 days, 28 February – 12 March 2026". Free of
// vscode, so plain Node tests it.
import { dateLabel } from '../views/dateLabel';
import { MONTHS } from './dateDescription';

/** Which way a duration runs from the article date, when its words say so. */
export type DurationDirection = 'after' | 'before';

/** A duration's count in one of three calendar units (a week is 7 days, a quarter 3 months, a decade 10 years). */
const UNITS: Readonly<Record<string, { unit: 'day' | 'month' | 'year'; times: number }>> = {
  D: { unit: 'day', times: 1 }, W: { unit: 'day', times: 7 },
  M: { unit: 'month', times: 1 }, Q: { unit: 'month', times: 3 },
  Y: { unit: 'year', times: 1 }, DE: { unit: 'year', times: 10 }, CE: { unit: 'year', times: 100 },
};

/** "after" for "the next five years", "before" for "the past five years"; undefined when the words do not say
 *  ("for five years", "a 10-year sentence"): a span would then be a guess. */
export function durationDirection(wording: string): DurationDirection | undefined {
  if (/\b(next|coming|following|upcoming)\b/i.test(wording)) return 'after';
  if (/\b(past|last|previous|preceding|recent)\b/i.test(wording)) return 'before';
  return undefined;
}

/**
 * "5 years, 2026–2031": the duration's words (as the sidebar writes them) and, when it runs a whole number of days,
 * weeks, months, quarters, years, decades or centuries in a known direction from the article day ("YYYY-MM-DD"), the
 * span it covers. Just the words otherwise ("5 years", "3 hours", "years"); undefined for a value that is no duration.
 */
export function describeDuration(value: string, articleDay?: string, direction?: DurationDirection): string | undefined {
  const words = /^P/.test(value) ? dateLabel(value, 'duration') : undefined;
  if (!words) return undefined;
  const match = /^P(\d+)(DE|CE|[DWMQY])$/.exec(value);
  const anchor = articleDay ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(articleDay) : null;
  if (!match || !anchor || !direction) return words;
  const { unit, times } = UNITS[match[2]];
  const count = Number(match[1]) * times;
  if (count === 0) return words;
  const [year, month, day] = anchor.slice(1).map(Number);
  const sign = direction === 'after' ? 1 : -1;
  const ends = [utcDay(year, month, day), shifted(year, month, day, unit, sign * count)];
  const [from, to] = direction === 'after' ? ends : [ends[1], ends[0]];
  if (!from || !to || from.getUTCFullYear() < 1 || to.getUTCFullYear() > 9999) return words;
  return `${words}, ${span(from, to, unit)}`;
}

/** The day `count` units away; months keep the day of the month where it exists (31 March + 1 month is 30 April). */
function shifted(year: number, month: number, day: number, unit: 'day' | 'month' | 'year', count: number): Date | undefined {
  if (unit === 'day') return utcDay(year, month, day + count);
  const months = (month - 1) + (unit === 'month' ? count : 12 * count);
  const targetYear = year + Math.floor(months / 12);
  const targetMonth = ((months % 12) + 12) % 12 + 1;
  const lastDay = utcDay(targetYear, targetMonth + 1, 0)?.getUTCDate() ?? day;
  return utcDay(targetYear, targetMonth, Math.min(day, lastDay));
}

/** Midnight UTC of a day (days past the month's end roll over), for any year: not Date.UTC, which reads 0-99 as 19xx. */
function utcDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2026–2031" for years; "March–August 2026" or "November 2025 – April 2026" for months; "12–24 March 2026",
 *  "12 March – 9 April 2026" or "28 December 2025 – 9 January 2026" for days (a spaced dash between spaced sides). */
function span(from: Date, to: Date, unit: 'day' | 'month' | 'year'): string {
  const [y1, y2] = [from.getUTCFullYear(), to.getUTCFullYear()];
  if (unit === 'year') return `${y1}–${y2}`;
  const [m1, m2] = [MONTHS[from.getUTCMonth()], MONTHS[to.getUTCMonth()]];
  if (unit === 'month') return y1 === y2 ? `${m1}–${m2} ${y2}` : `${m1} ${y1} – ${m2} ${y2}`;
  const [d1, d2] = [from.getUTCDate(), to.getUTCDate()];
  if (y1 !== y2) return `${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
  return m1 === m2 ? `${d1}–${d2} ${m2} ${y2}` : `${d1} ${m1} – ${d2} ${m2} ${y2}`;
}
