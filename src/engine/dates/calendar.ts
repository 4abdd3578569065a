// Plain calendar arithmetic on year-month-day triples in UTC, so no local time zone can shift a resolved date.

/** A calendar date without time or zone; months and days count from 1. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Time units relative expressions count in, finest first. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

const MS_PER_DAY = 86_400_000;

/** Midnight UTC of a day, for any year: `Date.UTC` would read years 0–99 as 1900–1999. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Days in a month, leap years included; the check every parsed date goes through. */
export function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month + 1, 0).getUTCDate();
}

/** True when the triple names a real calendar day (so "2025-02-30" is rejected). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 1 && year <= 9999
    && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses "YYYY-MM-DD" strictly; undefined for anything else or an impossible day. */
export function parseIsoDay(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

function toEpochDays(date: CalendarDay): number {
  return Math.round(utcMidnight(date.year, date.month, date.day).getTime() / MS_PER_DAY);
}

function fromEpochDays(days: number): CalendarDay {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `count` days after (negative: before) `date`. */
export function addDays(date: CalendarDay, count: number): CalendarDay {
  return fromEpochDays(toEpochDays(date) + count);
}

/** The same day `count` months later (clamped to the month's last day: Mar 31 − 1 month = Feb 28). */
export function addMonths(date: CalendarDay, count: number): CalendarDay {
  const index = date.year * 12 + (date.month - 1) + count;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Shifts a date by a count of any calendar unit. */
export function addUnits(date: CalendarDay, unit: CalendarUnit, count: number): CalendarDay {
  switch (unit) {
    case 'day': return addDays(date, count);
    case 'week': return addDays(date, 7 * count);
    case 'month': return addMonths(date, count);
    case 'quarter': return addMonths(date, 3 * count);
    case 'year': return addMonths(date, 12 * count);
    case 'decade': return addMonths(date, 120 * count);
  }
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return toEpochDays(b) - toEpochDays(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDay): number {
  return utcMidnight(date.year, date.month, date.day).getUTCDay();
}

/** The ISO-8601 week a day belongs to (its year can differ from the calendar year around New Year). */
export function isoWeekOf(date: CalendarDay): { year: number; week: number } {
  const isoWeekday = weekdayOf(date) || 7;
  const thursday = addDays(date, 4 - isoWeekday);
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return { year: thursday.year, week };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** TIMEX3 value of a day: "2025-11-03". */
export function formatDay(date: CalendarDay): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** TIMEX3 value of a year, always four digits: "2025", "0049". */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** TIMEX3 value of a month: "2025-11". */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** TIMEX3 value of an ISO week: "2025-W45". */
export function formatWeek(date: CalendarDay): string {
  const { year, week } = isoWeekOf(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** TIMEX3 value of a date at the granularity of `unit` ("2025-11-03", "2025-W45", "2025-11", "2025-Q4", "2025", "202"). */
export function formatAt(date: CalendarDay, unit: CalendarUnit): string {
  switch (unit) {
    case 'day': return formatDay(date);
    case 'week': return formatWeek(date);
    case 'month': return formatMonth(date.year, date.month);
    case 'quarter': return `${pad(date.year, 4)}-Q${Math.ceil(date.month / 3)}`;
    case 'year': return pad(date.year, 4);
    case 'decade': return pad(date.year, 4).slice(0, 3);
  }
}

/** The TIMEX3 value at `granularity` of `from` shifted by `count` units ("three years ago"); PAST_REF or FUTURE_REF
 *  when the day falls outside the years a value writes in four digits, as "3,000 years ago" does. */
export function formatShift(from: CalendarDay, unit: CalendarUnit, count: number, granularity: CalendarUnit = unit): string {
  const shifted = addUnits(from, unit, count);
  if (!(shifted.year >= 0 && shifted.year <= 9999)) return count < 0 ? 'PAST_REF' : 'FUTURE_REF';
  return formatAt(shifted, granularity);
}

/** Reads a TIMEX3 calendar value back ("2025-09" → Sept 1 at month granularity); undefined for other values. */
export function parseTimexValue(value: string): { date: CalendarDay; unit: CalendarUnit } | undefined {
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) return { date: { year: +match[1], month: +match[2], day: +match[3] }, unit: 'day' };
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) return { date: addDays({ year: +match[1], month: 1, day: 4 }, (+match[2] - 1) * 7), unit: 'week' };
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return { date: { year: +match[1], month: +match[2], day: 1 }, unit: 'month' };
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return { date: { year: +match[1], month: +match[2] * 3 - 2, day: 1 }, unit: 'quarter' };
  match = /^(\d{4})$/.exec(value);
  if (match) return { date: { year: +match[1], month: 1, day: 1 }, unit: 'year' };
  return undefined;
}
