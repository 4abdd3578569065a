// Validates the article dates users type (`--date`, a jsonl line's "date"), so 2025-13-40 is refused, not guessed.
import { isValidDay } from '../engine/dates/calendar';

/** True for a real calendar date written "YYYY-MM-DD": the days the engine itself accepts as an article date. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return isValidDay(year, month, day);
}
