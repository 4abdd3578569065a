// `weekday-date`: "Tuesday, March 4" when 4 March of the article's year is a Wednesday. The year is the date's own when
// it writes one, else the one the engine resolved against the article's date (the file's day or today when the text
// states none: a draft is written near its date). A year either side was once given the benefit of the doubt; it let a
// third of planted wrong weekdays through for one false alarm fewer in 196,000 words of dev news.
// The fix writes the right weekday, as the draft writes weekdays ("Tues." stays abbreviated).
import type { Mention } from '../types';
import type { CheckFinding } from './finding';
import { holdsWeekdayInitial, leadingWeekday, weekdayLike, weekdayName, weekdayOf, type WrittenWeekday } from './weekdays';

/** A calendar date "YYYY-MM-DD" as numbers. */
function calendarDate(value: unknown): { year: number; month: number; day: number } | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  return match ? { year: +match[1], month: +match[2], day: +match[3] } : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date a weekday names: a date mention that opens with it ("Tuesday, March 4"), or the date in brackets right
 *  after a weekday alone ("Monday (Nov. 3)"). */
interface WeekdayClaim {
  weekday: WrittenWeekday;
  at: number;
  date: Mention;
  /** True when the date's own text writes its year. */
  writesYear: boolean;
}

/** A weekday word right before a date, with a comma or spaces between ("Thurs., Dec. 5", "Tuesday March 4"). */
const WEEKDAY_BEFORE = /(\p{L}+\.?),?[ \t]+$/u;

function claims(text: string, dates: readonly Mention[]): WeekdayClaim[] {
  const found: WeekdayClaim[] = [];
  const writesYear = (date: Mention): boolean => /\b\d{4}\b/.test(date.text);
  dates.forEach((date, i) => {
    const weekday = leadingWeekday(date.text);
    if (weekday && date.text.length > weekday.written.length + 2) {
      found.push({ weekday, at: date.start, date, writesYear: writesYear(date) });
      return;
    }
    const next = dates[i + 1];
    if (weekday && next && /^[ \t]*\([ \t]*$/.test(text.slice(date.end, next.start)) && text[next.end] === ')') {
      found.push({ weekday, at: date.start, date: next, writesYear: writesYear(next) });
      return;
    }
    if (weekday) return;
    // A weekday before the date opens with a capital S, M, T, W or F: most dates have none in the words before them.
    const from = Math.max(0, date.start - 14);
    if (!holdsWeekdayInitial(text, from, date.start)) return;
    const before = WEEKDAY_BEFORE.exec(text.slice(from, date.start));
    const written = before && leadingWeekday(before[1]);
    if (written && written.written === before[1]) {
      const at = date.start - before[0].length;
      const previous = dates[i - 1];
      if (!previous || previous.end <= at || previous.start === at) found.push({ weekday: written, at, date, writesYear: writesYear(date) });
    }
  });
  return found;
}

/** Findings for every weekday that disagrees with the date it names. `dates` are the analysis's date mentions in
 *  document order. */
export function weekdayDateFindings(text: string, dates: readonly Mention[]): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const claim of claims(text, dates)) {
    const resolved = calendarDate(claim.date.value);
    if (!resolved || claim.date.dateType !== 'date') continue;
    const { year, month, day } = resolved;
    const actual = weekdayOf(year, month, day);
    if (actual === claim.weekday.day) continue;
    const { written } = claim.weekday;
    const right = weekdayLike(actual, written);
    const named = `${day} ${MONTHS[month - 1]} ${year}`;
    findings.push({
      rule: 'weekday-date', start: claim.at, end: claim.at + written.length, text: written, severity: 'information',
      message: `${named} is a ${weekdayName(actual)}, not a ${weekdayName(claim.weekday.day)}.`,
      fixes: [{ title: `Change to "${right}"`, edits: [{ start: claim.at, end: claim.at + written.length, newText: right }] }],
      related: [{ start: claim.date.start, end: claim.date.end, message: `the date: ${named}` }],
    });
  }
  return findings;
}
