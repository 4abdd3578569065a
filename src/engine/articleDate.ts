// The date relative dates are resolved against: the caller's date, else a dateline or "Date:" line, else the user's
// default (a setting), else the day the file was last modified, else today.
import { formatDay, isValidDay, parseIsoDay, type CalendarDay } from './dates/calendar';
import { MONTH_ANY, monthNumber } from './dates/lexicon';
import type { AnalyseOptions, ArticleDate } from './types';

/** How far into the text a dateline or "Date:" line is looked for. */
const HEAD_CHARS = 600;
const HEAD_LINES = 8;

/** "BEIJING, Nov 3 (Reuters) -", "MOSCOW, November 3, 2025 (AP) —", "Nov 3 (Reuters)". */
const DATELINE = new RegExp(
  String.raw`^\s*(?:[A-Z][A-Za-z ./'’-]*,\s*)?(${MONTH_ANY})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]|^\s*(?:[A-Z][A-Za-z ./'’-]*,\s*)?(${MONTH_ANY})\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*\([^)\n]{1,40}\)`);
/** "Date: 2025-11-03", "Published: November 3, 2025", "Updated: 3 Nov 2025 10:00 GMT". */
const DATE_LINE = /^\s*(?:Date|Published|Posted|Dated|Updated|Publication date)\s*:\s*(.+)$/i;

/** Parses the usual written forms of a full date: ISO, "November 3, 2025", "3 November 2025". */
export function parseWrittenDate(written: string): CalendarDay | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})\b/.exec(written);
  if (iso) return parseIsoDay(iso[1]);
  const monthFirst = new RegExp(String.raw`^\s*(?:[A-Z][a-z]+,?\s+)?(${MONTH_ANY})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`).exec(written);
  const dayFirst = new RegExp(String.raw`^\s*(?:[A-Z][a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_ANY}),?\s+(\d{4})\b`).exec(written);
  const parts = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : undefined;
  if (!parts) return undefined;
  const date = { year: Number(parts[2]), month: monthNumber(parts[0]), day: Number(parts[1]) };
  return isValidDay(date.year, date.month, date.day) ? date : undefined;
}

/** Today in UTC, or the caller's fixed `today`. */
function todayOf(options: AnalyseOptions): CalendarDay {
  const fixed = options.today ? parseIsoDay(options.today) : undefined;
  if (fixed) return fixed;
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** The first non-empty lines of the text, where datelines and "Date:" lines live. */
function headLines(head: string): string[] {
  return head.split(/\r?\n/).filter((line) => line.trim()).slice(0, HEAD_LINES);
}

/** A dateline's date; without a year it takes the latest year that does not put it after today. */
function datelineDate(head: string, today: CalendarDay): CalendarDay | undefined {
  for (const line of headLines(head)) {
    const match = DATELINE.exec(line);
    if (!match) continue;
    const [month, day, year] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
    const monthIndex = monthNumber(month);
    let yearNumber = year ? Number(year) : today.year;
    if (!year && (monthIndex > today.month || (monthIndex === today.month && Number(day) > today.day))) yearNumber -= 1;
    if (isValidDay(yearNumber, monthIndex, Number(day))) return { year: yearNumber, month: monthIndex, day: Number(day) };
  }
  return undefined;
}

/** The first "Date:"/"Published:" line near the top with a valid date. */
function dateLineDate(head: string): CalendarDay | undefined {
  for (const line of headLines(head)) {
    const match = DATE_LINE.exec(line);
    const date = match ? parseWrittenDate(match[1]) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** The article's date and where it came from: option, dateline, "Date:" line, setting, file date, or today. */
export function detectArticleDate(text: string, options: AnalyseOptions): ArticleDate {
  const option = options.articleDate ? parseIsoDay(options.articleDate) : undefined;
  if (option) return { value: formatDay(option), source: 'option' };
  const head = text.slice(0, HEAD_CHARS);
  const today = todayOf(options);
  const dateline = datelineDate(head, today);
  if (dateline) return { value: formatDay(dateline), source: 'dateline' };
  const dateLine = dateLineDate(head);
  if (dateLine) return { value: formatDay(dateLine), source: 'date-line' };
  const setting = options.defaultDate ? parseIsoDay(options.defaultDate) : undefined;
  if (setting) return { value: formatDay(setting), source: 'setting' };
  const file = options.fileDate ? parseIsoDay(options.fileDate) : undefined;
  if (file) return { value: formatDay(file), source: 'file' };
  return { value: formatDay(today), source: 'today' };
}
