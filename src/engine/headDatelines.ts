// Wire datelines, the place-and-date lead-in of agency copy: "WASHINGTON, Oct 14 (Reuters) -", "PARIS, Oct 14, 2025 (AFP) -",
// "NEW YORK, Oct. 14, 2025 /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS WIRE)--Oct. 14, 2025--", "LONDON 1996-08-30".
// Datelines without a date ("LONDON (AP) — ", "(Reuters) -") carry none, but they do say where the story's body begins.
import { dayOf, MONTH_WORD } from './writtenDate';
import type { CalendarDay } from './dates/calendar';
import { monthNumber } from './dates/lexicon';

/** A dateline's day: month and day, with the year when the dateline writes one. */
export interface DatelineDay {
  month: number;
  day: number;
  year?: number;
}

/** What a line says as a dateline: its day if it writes one. */
export interface Dateline {
  day?: DatelineDay;
}

/** A dateline's place: "WASHINGTON", "THE HAGUE", "BEIJING/MOSCOW", "Paris", "N.J." (a comma follows each part). */
const PLACE = String.raw`[A-Z][A-Za-z./'’&-]*(?:[ /][A-Za-z][A-Za-z./'’&-]*){0,4}`;
/** A place in capitals, as Reuters' old copy writes it before an ISO date ("LONDON", "AL-AIN"). */
const CAPS_PLACE = String.raw`[A-Z][A-Z./'’&-]*(?: [A-Z][A-Z./'’&-]*){0,3}`;
/** Up to two comma-ended place parts: "CANBERRA, Australia, ", "NEWARK, N.J., ". */
const PLACES = String.raw`(?:${PLACE},\s*){0,2}`;
/** The agency in brackets or slashes: "(Reuters)", "(AP)", "(GLOBE NEWSWIRE)", "/PRNewswire/". */
const AGENCY = String.raw`\([^()\n]{1,40}\)`;
const SLASH_AGENCY = String.raw`/[^/\n]{1,40}/`;
/** A year in which every month-and-day is valid, for checking a dateline day written without one. */
const LEAP_YEAR = '2000';
/** The dash that ends a dateline; AP copy of the 1990s used "_". */
const DASH = String.raw`(?:-{1,2}|[–—_])`;
/** A day with or without its year, month first or day first: "Oct 14", "October 14, 2025", "14 October". */
const DAY_TEXT = String.raw`(?<date>${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4}(?!\d))?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?:,?\s+\d{4}(?!\d))?)`;

/** The dated dateline forms, each with its day in the group `date`. */
const DATED: readonly RegExp[] = [
  new RegExp(String.raw`^\s*${PLACES}${DAY_TEXT}\s*(?:${AGENCY}\s*)?${DASH}`),
  new RegExp(String.raw`^\s*${PLACES}${DAY_TEXT}\s*(?:${AGENCY}|${SLASH_AGENCY})`),
  new RegExp(String.raw`^\s*${PLACE}\s*--\s*${AGENCY}\s*--\s*${DAY_TEXT}`),
  new RegExp(String.raw`^\s*${PLACE}(?:,\s*${PLACE})?\s*/\s*[^/\n]{2,30}/\s*${DAY_TEXT}`),
  new RegExp(String.raw`^\s*${CAPS_PLACE}(?:,\s*${PLACE})?\s+(?<date>\d{4}-\d{2}-\d{2})\s*$`),
];
/** A dateline without a day: an agency after a place in capitals, or alone ("MOSCOW (AP)_", "(Reuters) -"). */
const UNDATED = new RegExp(String.raw`^\s*(?:${CAPS_PLACE}(?:,\s*${PLACE})*\s*)?${AGENCY}\s*${DASH}`);

/** The parts of a dateline's date text: [pattern, index of year, month and day groups]. */
const DAY_PARTS: ReadonlyArray<[RegExp, number, number, number]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 1, 2, 3],
  [new RegExp(String.raw`^(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`), 3, 1, 2],
  [new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_WORD})(?:,?\s+(\d{4}))?$`), 3, 2, 1],
];

/** The day a dateline's date text names; undefined for an impossible one ("Feb 30"). */
function dayOfText(text: string): DatelineDay | undefined {
  for (const [pattern, yearAt, monthAt, dayAt] of DAY_PARTS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year: string | undefined = match[yearAt];
    const month = /^\d+$/.test(match[monthAt]) ? Number(match[monthAt]) : monthNumber(match[monthAt]);
    const checked = dayOf(year ?? LEAP_YEAR, month, match[dayAt]);
    if (!checked) return undefined;
    return year ? { ...checked } : { month: checked.month, day: checked.day };
  }
  return undefined;
}

/** Reads `line` as a dateline: its day when it writes one, `{}` for a dateline without a date, else undefined. */
export function readDateline(line: string): Dateline | undefined {
  for (const pattern of DATED) {
    const written = pattern.exec(line)?.groups?.date;
    if (written) return { day: dayOfText(written) };
  }
  return UNDATED.test(line) ? {} : undefined;
}

/** The calendar day of a dateline's day: its own year, else the latest year that does not put it after `reference`. */
export function datelineCalendarDay(day: DatelineDay, reference: CalendarDay): CalendarDay | undefined {
  if (day.year !== undefined) return { year: day.year, month: day.month, day: day.day };
  const after = day.month > reference.month || (day.month === reference.month && day.day > reference.day);
  const year = after ? reference.year - 1 : reference.year;
  return dayOf(String(year), day.month, String(day.day));
}
