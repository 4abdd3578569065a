// Times of day: "2:30 p.m.", "14:30", "0900 GMT", "noon". Their day is filled in later from the sentence.
import { applyRules, type DateCandidate, type DateRule, type RuleContext } from '../candidate';

const pad = (value: number): string => String(value).padStart(2, '0');

/** Time zones a clock time may carry; UTC and GMT are written "Z" in the value (ISO 8601), others are left out. */
const ZONE = String.raw`(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST)\b`;
const zoneCode = (zone: string | undefined): string => (zone && /^(?:GMT|UTC)$/.test(zone) ? 'Z' : '');

/** "9 a.m.", "2:30 pm", "11 PM", "4 a.m. EDT". */
const twelveHour: DateRule = {
  pattern: new RegExp(String.raw`\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(?:([apAP])\.[mM]\.|([apAP])[mM]\b)(?:\s+(${ZONE}))?`, 'g'),
  read: (match) => {
    const hour = Number(match[1]) % 12 + (/p/i.test(match[3] ?? match[4]) ? 12 : 0);
    return { dateType: 'time', clock: `T${pad(hour)}:${match[2] ?? '00'}${zoneCode(match[5])}` };
  },
};

/** "14:30", "0900 GMT", "1400 local time", "08:30 UTC" (value "T08:30Z"). */
const twentyFourHour: DateRule = {
  pattern: /(?<![\d:.,])(?:([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s+(GMT|UTC|local\s+time))?|([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC|ET|EST|EDT|BST|CET|local\s+time)\b)/g,
  read: (match) => ({ dateType: 'time', clock: `T${pad(Number(match[1] ?? match[4]))}:${match[2] ?? match[5]}${zoneCode(match[3] ?? match[6])}` }),
};

/** "noon", "midday", "midnight"; midnight is the end of its day, T24, as TimeML (after TIDES) writes it: "at midnight
 *  Friday" is the night from Friday into Saturday. */
const namedTime: DateRule = {
  pattern: /\b(noon|midday|midnight)\b/gi,
  read: (match) => ({ dateType: 'time', clock: /midnight/i.test(match[1]) ? 'T24' : 'T12:00' }),
};

const RULES: readonly DateRule[] = [twelveHour, twentyFourHour, namedTime];

/** Every clock time in the sentence. */
export function findTimes(context: RuleContext): DateCandidate[] {
  return applyRules(RULES, context);
}
