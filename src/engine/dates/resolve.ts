// Resolution of underspecified dates against the article date, following news conventions.
import { addDays, addUnits, daysBetween, formatAt, formatDay, formatMonth, formatYear, isValidDay, weekdayOf, type CalendarDay, type CalendarUnit } from './calendar';
import type { Tense } from './tense';

/** "last", "next", "this" or nothing before a weekday, month or unit. */
export type Modifier = 'last' | 'next' | 'this' | undefined;

/**
 * A weekday: the article's own weekday is the article date; otherwise past tense looks back to the nearest such
 * day and future tense ahead ("said on Friday" → the Friday before, "will meet on Tuesday" → the Tuesday after).
 */
export function resolveWeekday(article: CalendarDay, weekday: number, tense: Tense, modifier: Modifier): CalendarDay {
  const back = (weekdayOf(article) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(article) + 7) % 7;
  if (modifier === 'last') return addDays(article, -(back || 7));
  if (modifier === 'next') return addDays(article, ahead || 7);
  return tense === 'future' ? addDays(article, ahead) : addDays(article, -back);
}

/**
 * A month without a year: the most recent one in past tense (the current month included), the next one in future.
 * Next month named alone is the coming one even in a past clause ("the board said it expects a vote in December",
 * written in November): the one eleven months back a writer calls "last December" or gives its year.
 */
export function resolveMonth(article: CalendarDay, month: number, tense: Tense, modifier: Modifier): string {
  let year = article.year;
  const ahead = (month - article.month + 12) % 12;
  if (modifier === 'last') year = month < article.month ? year : year - 1;
  else if (modifier === 'next') year = month > article.month ? year : year + 1;
  else if (modifier === 'this') year = article.year;
  else if (tense === 'past' && ahead === 1) year = month < article.month ? year + 1 : year;
  else year = tense === 'future' ? (month < article.month ? year + 1 : year) : (month > article.month ? year - 1 : year);
  return formatMonth(year, month);
}

/**
 * A day of a month without a year ("Nov. 3"): the year that puts it nearest the article date when that is within
 * two months; further away, the tense decides (past: the latest not after the article date; future: the next).
 */
export function resolveMonthDay(article: CalendarDay, month: number, day: number, tense: Tense): string | undefined {
  const candidates = [article.year - 1, article.year, article.year + 1]
    .map((year) => ({ year, month, day }))
    .filter((date) => isValidDay(date.year, date.month, date.day));
  if (!candidates.length) return undefined;
  const nearest = candidates.reduce((best, date) => (Math.abs(daysBetween(article, date)) < Math.abs(daysBetween(article, best)) ? date : best));
  if (Math.abs(daysBetween(article, nearest)) <= 62) return formatDay(nearest);
  const sameSide = candidates.filter((date) => (tense === 'future' ? daysBetween(article, date) >= 0 : daysBetween(article, date) <= 0));
  const closest = sameSide.sort((a, b) => Math.abs(daysBetween(article, a)) - Math.abs(daysBetween(article, b)))[0];
  return formatDay(closest ?? nearest);
}

/** A quarter without a year ("third-quarter"): the latest one not after the current quarter, or the next in future. */
export function resolveQuarter(article: CalendarDay, quarter: number, tense: Tense): string {
  const current = Math.ceil(article.month / 3);
  let year = article.year;
  if (tense === 'future') year = quarter < current ? year + 1 : year;
  else year = quarter > current ? year - 1 : year;
  return `${formatYear(year)}-Q${quarter}`;
}

/** A season without a year: "last summer" is the most recent finished one, a bare past one the latest begun. */
export function resolveSeason(article: CalendarDay, season: string, modifier: Modifier, tense: Tense): string {
  const months: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };
  const [first, last] = months[season];
  const inEarlyWinter = season === 'WI' && article.month <= 2;
  const year = inEarlyWinter ? article.year - 1 : article.year;
  const begun = inEarlyWinter || article.month >= first;
  const ended = season !== 'WI' && article.month > last;
  const value = (seasonYear: number) => `${formatYear(seasonYear)}-${season}`;
  if (modifier === 'last') return value(ended ? year : year - 1);
  if (modifier === 'next') return value(begun ? year + 1 : year);
  if (modifier === 'this') return value(year);
  if (tense === 'future') return value(ended ? year + 1 : year);
  return value(begun ? year : year - 1);
}

/** "last month", "this year", "next week": the article date's unit shifted by `offset`, at that unit's granularity. */
export function shiftedUnit(article: CalendarDay, unit: CalendarUnit, offset: number): string {
  return formatAt(addUnits(article, unit, offset), unit);
}

/** A weekend: "last weekend" is the one before this week; a bare past "weekend" the most recent one. */
export function resolveWeekend(article: CalendarDay, modifier: Modifier, tense: Tense): string {
  const isWeekend = weekdayOf(article) === 0 || weekdayOf(article) === 6;
  let offset = 0;
  if (modifier === 'last') offset = -1;
  else if (modifier === 'next') offset = 1;
  else if (modifier !== 'this' && tense === 'past' && !isWeekend) offset = -1;
  return `${formatAt(addDays(article, 7 * offset), 'week')}-WE`;
}
