// Words dates are made of: month and weekday names, time units and their TIMEX3 codes.
import type { CalendarUnit } from './calendar';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A full month name ("September"). Case-sensitive: "may" and "march" in lower case are verbs. */
export const MONTH_FULL = MONTH_NAMES.join('|');
/** A full or abbreviated month ("Nov.", "Nov", "Sept."). */
export const MONTH_ANY = String.raw`(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))`;
/** A weekday name ("Friday"). */
export const WEEKDAY = WEEKDAY_NAMES.join('|');
/** Optional "early", "late", "mid-" before a month or year; kept in the span as TimeML does. */
export const PERIOD_MODIFIER = String.raw`(?:(?:[Ee]arly|[Ll]ate|[Ff]iscal)\s+|(?:[Mm]id|[Ee]arly|[Ll]ate)-)?`;

/** Month number (1–12) of a full or abbreviated month name. */
export function monthNumber(written: string): number {
  const prefix = written.replace('.', '').slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === prefix) + 1;
}

/** Weekday number (0 = Sunday) of a weekday name. */
export function weekdayNumber(written: string): number {
  return WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === written.toLowerCase().replace(/s$/, ''));
}

/** Units a duration can be counted in, singular, as a pattern. */
export const DURATION_UNITS = 'second|minute|hour|day|week|fortnight|month|quarter|year|decade|century';

/** A count as a TIMEX3 value writes it: "X" for one too large to write in digits ("1e+30"). */
const writtenCount = (count: number): string => (/e/i.test(String(count)) ? 'X' : String(count));

/** TIMEX3 duration code of a unit: "P2D", "PT5H", "P3DE"; "PXY" for a count too large to write. */
export function durationValue(count: number | 'X', unitWord: string): string {
  const unit = unitWord.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const codes: Record<string, string> = {
    second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
  };
  const times = (factor: number): string => (count === 'X' ? 'X' : writtenCount(count * factor));
  if (unit === 'fortnight') return `P${times(2)}W`;
  if (unit === 'quarter') return `P${times(1)}Q`;
  if (unit === 'decade') return count === 'X' ? 'PXY' : `P${times(10)}Y`;
  const code = codes[unit];
  return code.startsWith('T') ? `PT${times(1)}${code.slice(1)}` : `P${times(1)}${code}`;
}

/** The calendar unit a time word counts in, when dates can be shifted by it. */
export function calendarUnit(unitWord: string): CalendarUnit | undefined {
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  return (['day', 'week', 'month', 'quarter', 'year', 'decade'] as const).find((candidate) => candidate === unit);
}

/** TIMEX3 codes of parts of the day ("Monday morning" → "2025-11-03TMO"). */
export const DAY_PARTS: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', tonight: 'TNI' };

/** TIMEX3 codes of seasons ("last summer" → "2024-SU"). */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
