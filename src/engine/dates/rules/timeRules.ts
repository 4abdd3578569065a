// Times of day: "2:30 p.m.", "14:30", "0900 GMT", "noon". Their day is filled in later from the sentence.
import { applyRules, type DateCandidate, type DateRule, type RuleContext } from '../candidate';

const pad = (value: number): string => String(value).padStart(2, '0');

/** "9 a.m.", "2:30 pm", "11 PM". */
const twelveHour: DateRule = {
  pattern: /\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(?:([ap])\.m\.|([ap])m\b)/gi,
  read: (match) => {
    const hour = Number(match[1]) % 12 + (/p/i.test(match[3] ?? match[4]) ? 12 : 0);
    return { dateType: 'time', clock: `T${pad(hour)}:${match[2] ?? '00'}` };
  },
};

/** "14:30", "0900 GMT", "1400 local time". */
const twentyFourHour: DateRule = {
  pattern: /(?<![\d:.,])(?:([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s+(?:GMT|UTC|local\s+time))?|([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC|ET|EST|EDT|BST|CET|local\s+time)\b)/g,
  read: (match) => ({ dateType: 'time', clock: `T${pad(Number(match[1] ?? match[3]))}:${match[2] ?? match[4]}` }),
};

/** "noon", "midday", "midnight". */
const namedTime: DateRule = {
  pattern: /\b(noon|midday|midnight)\b/gi,
  read: (match) => ({ dateType: 'time', clock: /midnight/i.test(match[1]) ? 'T00:00' : 'T12:00' }),
};

const RULES: readonly DateRule[] = [twelveHour, twentyFourHour, namedTime];

/** Every clock time in the sentence. */
export function findTimes(context: RuleContext): DateCandidate[] {
  return applyRules(RULES, context);
}
