// A date fact's label in the Facts sidebar, as a reader writes the date ("Thu 12 Mar 2026", "March 2026", "5 years"),
// not its TIMEX3 value ("2026-03-12", "P5Y"). Free of vscode, so plain Node tests it.
import type { DateType } from '../engine/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_PARTS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFERENCES: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };
/** TIMEX3 duration units, singular and plural; `M` is months in a date part and minutes after `T`. */
const UNITS: Record<string, readonly [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], Q: ['quarter', 'quarters'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], TH: ['hour', 'hours'], TM: ['minute', 'minutes'], TS: ['second', 'seconds'],
};

/** The words for a date's value, or undefined for a value it does not know (the caller shows the wording instead). */
export function dateLabel(value: string | number | undefined, dateType?: DateType): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value in REFERENCES) return REFERENCES[value];
  const duration = durationWords(value);
  if (duration) return dateType === 'set' ? `every ${duration.replace(/^1 /, '')}` : duration;
  return dayLabel(value) ?? periodLabel(value) ?? setLabel(value);
}

/** "Thu 12 Mar 2026", with a time or a part of the day after it ("Thu 12 Mar 2026, 14:30", "…, morning"). */
function dayLabel(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})|T(MO|AF|EV|NI))?$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads the years 0-99 as 1900-1999
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const label = `${WEEKDAYS[date.getUTCDay()].slice(0, 3)} ${day} ${MONTHS[month - 1].slice(0, 3)} ${year}`;
  const time = match[4] ?? (match[5] ? DAY_PARTS[match[5]] : undefined);
  return time ? `${label}, ${time}` : label;
}

/** A month, season, quarter, half, week, year, decade or century. */
function periodLabel(value: string): string | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})$/.exec(value)) && MONTHS[Number(match[2]) - 1]) return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[match[2]]} ${match[1]}`;
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${match[2]} ${match[1]}`;
  if ((match = /^(\d{4})-H([12])$/.exec(value))) return `${match[2] === '1' ? 'first' : 'second'} half of ${match[1]}`;
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) return `${match[3] ? 'weekend of ' : ''}week ${Number(match[2])} of ${match[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${value}00s`;
  return undefined;
}

/** "5 years", "3 hours", "1.5 days"; "years" for a count the text leaves open ("for years"). */
function durationWords(value: string): string | undefined {
  const match = /^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDQHS])$/.exec(value);
  if (!match) return undefined;
  const unit = UNITS[match[1] ? `T${match[3]}` : match[3]];
  if (!unit) return undefined;
  if (match[2] === 'X') return unit[1];
  return `${match[2]} ${Number(match[2]) === 1 ? unit[0] : unit[1]}`;
}

/** A recurring time: "every Monday", "every March", "every morning". */
function setLabel(value: string): string | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^XXXX-WXX-([1-7])$/.exec(value))) return `every ${WEEKDAYS[Number(match[1]) % 7]}`;
  if ((match = /^XXXX-(\d{2})$/.exec(value)) && MONTHS[Number(match[1]) - 1]) return `every ${MONTHS[Number(match[1]) - 1]}`;
  if ((match = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(value))) return `every ${DAY_PARTS[match[1]]}`;
  return undefined;
}
