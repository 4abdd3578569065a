// Weekday names as news writes them ("Tuesday", "Tues.", "Tue"), and the weekday of a calendar date.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The abbreviations wires use, by weekday (AP: "Tues.", "Thurs."; others "Tue", "Thu"). */
const SHORT_FORMS: readonly (readonly string[])[] = [
  ['Sun'], ['Mon'], ['Tue', 'Tues'], ['Wed'], ['Thu', 'Thur', 'Thurs'], ['Fri'], ['Sat'],
];

/** Each weekday's full and short names, lower-cased, to its day: the check reads every date mention's first word. */
const DAY_OF_NAME: ReadonlyMap<string, number> = new Map(WEEKDAYS.flatMap((name, day) => [name, ...SHORT_FORMS[day]].map((written) => [written.toLowerCase(), day] as const)));

/** A weekday name at the start of a text: which day, and the word as written (with its period, if any). */
export interface WrittenWeekday {
  day: number;
  written: string;
}

/** The capitals a weekday's name opens with (S, M, T, W, F): no other capital letter lowers to the first letter of one. */
const WEEKDAY_INITIALS: ReadonlySet<number> = new Set([...'SMTWF'].map((letter) => letter.charCodeAt(0)));

/** True when text[from, to) holds a capital a weekday's name opens with: where none does, no weekday is written. */
export function holdsWeekdayInitial(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (WEEKDAY_INITIALS.has(text.charCodeAt(at))) return true;
  return false;
}

/** The weekday a text opens with ("Tuesday, March 4" → Tuesday), or undefined. Most dates open with no weekday's
 *  initial ("Oct. 29", "last week", "1998"), and the check reads every date: those are answered before any pattern. */
export function leadingWeekday(text: string): WrittenWeekday | undefined {
  if (!WEEKDAY_INITIALS.has(text.charCodeAt(0))) return undefined;
  const match = /^(\p{L}+)(\.?)/u.exec(text);
  if (!match) return undefined;
  const word = match[1];
  const day = DAY_OF_NAME.get(word.toLowerCase());
  if (day === undefined) return undefined;
  if (!/^\p{Lu}/u.test(word)) return undefined; // "sat" or "wed" in lower case is a verb
  return { day, written: match[0] };
}

/** The weekday (0 = Sunday) of a proleptic Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The name of `day` written the way `like` writes its weekday: full or abbreviated (with its period), in capitals. */
export function weekdayLike(day: number, like: string): string {
  const bare = like.replace(/\.$/, '');
  const period = like.endsWith('.') ? '.' : '';
  const isFull = WEEKDAYS.some((w) => w.toLowerCase() === bare.toLowerCase());
  const name = isFull ? WEEKDAYS[day] : SHORT_FORMS[day].find((s) => s.length === bare.length) ?? SHORT_FORMS[day][0];
  return (bare.length > 1 && bare === bare.toUpperCase() ? name.toUpperCase() : name) + period;
}

/** The full English name of a weekday. */
export const weekdayName = (day: number): string => WEEKDAYS[day];
