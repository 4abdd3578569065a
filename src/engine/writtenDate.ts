// Full dates as the tops of articles write them: "2025-10-14T09:30:00Z", "Tue 14 Oct 2025", "Nov. 3, 2025 10:02 a.m. ET",
// "10:02 AM EDT, October 14, 2025". Only complete dates (day, month and year) are read here.
import { isValidDay, type CalendarDay } from './dates/calendar';
import { monthNumber } from './dates/lexicon';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SHORT = ['Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thur', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Each word as written in titles and in capitals ("October", "OCTOBER"), never in lower case ("may" is a verb). */
const titleOrCaps = (words: string[]): string => words.flatMap((word) => [word, word.toUpperCase()]).join('|');

/** A month, full or abbreviated, in title case or capitals ("October", "Oct.", "SEPT"). */
export const MONTH_WORD = String.raw`(?:(?:${titleOrCaps(MONTHS)})(?![A-Za-z])|(?:${titleOrCaps(MONTH_SHORT)})(?:\.|(?![A-Za-z])))`;
/** A day of the month, with an ordinal ending if any ("14", "3rd"). */
export const DAY_OF_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?!\d)`;
/** A four-digit year not run into further digits ("2025", also "2025Updated" as pasted from some sites). */
const YEAR = String.raw`(\d{4})(?!\d)`;
/** A weekday before a date, full or short ("Tuesday, ", "Tue "). */
const WEEKDAY_PREFIX = String.raw`(?:(?:${titleOrCaps(WEEKDAYS)}|${titleOrCaps(WEEKDAY_SHORT)})\.?,?\s+)`;
/** A clock time before a date, as AP writes it ("10:02 AM EDT, ", "4.15pm BST "). */
const TIME_PREFIX = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?,?\s+)`;
/** What may come before the date itself: a time, then a weekday, each optional. */
const LEAD = String.raw`^\s*${TIME_PREFIX}?${WEEKDAY_PREFIX}?`;

/** Each written form of a full date and how its groups give the day. */
const FORMS: ReadonlyArray<{ pattern: RegExp; toDay: (m: RegExpExecArray) => CalendarDay | undefined }> = [
  { pattern: /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/, toDay: (m) => dayOf(m[1], Number(m[2]), m[3]) },
  { pattern: /^\s*(\d{4})\/(\d{2})\/(\d{2})(?!\d)/, toDay: (m) => dayOf(m[1], Number(m[2]), m[3]) },
  { pattern: new RegExp(String.raw`${LEAD}(${MONTH_WORD})\s+${DAY_OF_MONTH},?\s+${YEAR}`), toDay: (m) => dayOf(m[3], m[1], m[2]) },
  { pattern: new RegExp(String.raw`${LEAD}${DAY_OF_MONTH}\s+(?:of\s+)?(${MONTH_WORD}),?\s+${YEAR}`), toDay: (m) => dayOf(m[3], m[2], m[1]) },
];

/** A calendar day from written parts, or undefined for an impossible one ("February 30"). */
export function dayOf(year: string, month: string | number, day: string): CalendarDay | undefined {
  const date = { year: Number(year), month: typeof month === 'number' ? month : monthNumber(month), day: Number(day) };
  return isValidDay(date.year, date.month, date.day) ? date : undefined;
}

/** A full date at the start of a text and the length of its wording. */
export interface WrittenDate {
  date: CalendarDay;
  length: number;
}

/** Reads the full date that `written` starts with (ISO, with a time or not; "November 3, 2025"; "3 November 2025";
 *  after a weekday or a clock time), with how much of `written` it takes. */
export function readWrittenDate(written: string): WrittenDate | undefined {
  for (const form of FORMS) {
    const match = form.pattern.exec(written);
    if (!match) continue;
    const date = form.toDay(match);
    return date ? { date, length: match[0].length } : undefined;
  }
  return undefined;
}

/** The full date `written` starts with; what follows it (a time, a zone, more text) is ignored. */
export function parseWrittenDate(written: string): CalendarDay | undefined {
  return readWrittenDate(written)?.date;
}
