// Dates relative to the article date: "Friday", "last month", "this year", "yesterday", "now", "recent months".
import { addDays, formatDay, type CalendarUnit } from '../calendar';
import { applyRules, tenseOf, type DateCandidate, type DateRule, type RuleContext } from '../candidate';
import { DAY_PARTS, WEEKDAY, calendarUnit, weekdayNumber } from '../lexicon';
import { resolveWeekday, resolveWeekend, shiftedUnit, type Modifier } from '../resolve';

const OFFSETS: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

/** "Friday", "last Friday", "next Tuesday", "Monday morning"; "Mondays" is a set. */
const weekday: DateRule = {
  pattern: new RegExp(String.raw`\b(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(${WEEKDAY})(s)?\b(?:\s+(morning|afternoon|evening|night)(s)?\b)?`, 'g'),
  read: (match, context, start, end) => {
    const number = weekdayNumber(match[2]);
    if (match[5] && !match[1]) return { dateType: 'set', value: `XXXX-WXX-${number || 7}${DAY_PARTS[match[4]]}` };
    if (match[3] || match[5]) return match[1] ? undefined : { dateType: 'set', value: `XXXX-WXX-${number || 7}` };
    const modifier = match[1]?.toLowerCase() as Modifier;
    const day = formatDay(resolveWeekday(context.article, number, tenseOf(context, start, end, 'clause'), modifier));
    return match[4] ? { dateType: 'time', value: day + DAY_PARTS[match[4]] } : { dateType: 'date', value: day };
  },
};

/** "last month", "this year", "next week", "this weekend", "last quarter". */
const relativeUnit: DateRule = {
  pattern: /\b(?:(?:early|earlier|late|later)\s+)?(last|this|next|current|coming)\s+(day|week|weekend|month|quarter|year|decade)\b(?![\s-]+(?:ago|earlier|later|on)\b)/gi,
  read: (match, context, start, end) => {
    const modifierWord = match[1].toLowerCase();
    const unitWord = match[2].toLowerCase();
    if (unitWord === 'weekend') {
      const modifier = (modifierWord === 'coming' ? 'next' : modifierWord === 'current' ? 'this' : modifierWord) as Modifier;
      return { dateType: 'date', value: resolveWeekend(context.article, modifier, tenseOf(context, start, end)) };
    }
    if (modifierWord === 'coming' || unitWord === 'day') return undefined;
    const unit = calendarUnit(unitWord) as CalendarUnit;
    return { dateType: 'date', value: shiftedUnit(context.article, unit, OFFSETS[modifierWord]) };
  },
};

/** "the weekend", "over the weekend": the most recent weekend in past tense, the coming one in future. */
const theWeekend: DateRule = {
  pattern: /(?<=\bthe\s+)weekend\b/gi,
  read: (_match, context, start, end) => ({ dateType: 'date', value: resolveWeekend(context.article, undefined, tenseOf(context, start, end)) }),
};

/** "the next day", "the previous year", "the following week": shifts the date the sentence already gave, written at
 *  its own unit ("the following year" after "May 22, 1995" is 1996). */
const followingUnit: DateRule = {
  pattern: /(?<=\bthe\s+)(next|following|previous|preceding)\s+(day|week|month|year)\b/gi,
  read: (match) => {
    const count = /next|following/i.test(match[1]) ? 1 : -1;
    const unit = calendarUnit(match[2]) as CalendarUnit;
    return { dateType: 'date', shift: { unit, count, at: unit } };
  },
};

const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/** "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "this afternoon", "last night". */
const namedDay: DateRule = {
  pattern: /\b(?:(?:early|late)\s+)?(?:(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(this)\s+(morning|afternoon|evening)|(last)\s+(night))\b/gi,
  read: (match, context) => {
    const word = (match[1] ?? match[3] ?? (match[4] ? 'today' : 'yesterday')).toLowerCase();
    const part = (match[2] ?? match[5] ?? match[7] ?? (match[3] ? 'tonight' : undefined))?.toLowerCase();
    const day = formatDay(addDays(context.article, DAY_OFFSETS[word]));
    return part ? { dateType: 'time', value: day + DAY_PARTS[part] } : { dateType: 'date', value: day };
  },
};

const REFERENCES: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', recently: 'PAST_REF',
  'the future': 'FUTURE_REF', 'the past': 'PAST_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF', 'these days': 'PRESENT_REF',
};

/** "now", "recently", "the future" are references; "recent months", "coming weeks", "past few years" vague durations. */
const vague: DateRule = {
  pattern: /\b(?:(now|currently|recently|these\s+days|the\s+(?:near\s+)?future|the\s+(?:near|short|long)\s+term|the\s+past)|(?:recent|coming|past\s+(?:few|several)|last\s+(?:few|several)|next\s+(?:few|several))\s+(days|weeks|months|quarters|years|decades))\b(?![-\w])/gi,
  read: (match) => {
    if (match[1]) return { dateType: 'date', value: REFERENCES[match[1].toLowerCase().replace(/\s+/g, ' ')] };
    const code: Record<string, string> = { days: 'D', weeks: 'W', months: 'M', quarters: 'Q', years: 'Y', decades: 'Y' };
    return { dateType: 'duration', value: `PX${code[match[2].toLowerCase()]}` };
  },
};

/** "the quarter", "the latest quarter", "the year": the period the sentence is about, else the last full quarter / this
 *  year. "the (fiscal) year ended June 30" is a reporting year: TimeBank marks it as the twelve months, P1Y. */
const thePeriod: DateRule = {
  pattern: /\bthe\s+(?:(latest|same|full)\s+)?(?:(fiscal|financial)\s+)?(quarter|year|period|week)\b(?!-|\s+(?:ago|earlier|later|before|after|on|over)\b|['’])(?=(\s+(?:ended|ending)\b)?)/gi,
  read: (match) => {
    const word = match[3].toLowerCase();
    if ((word === 'period' && !/latest/i.test(match[1] ?? '')) || (word === 'week' && match[1])) return undefined;
    const unit = (word === 'period' ? 'quarter' : calendarUnit(word)) as CalendarUnit;
    if (unit === 'year' && match[4]) return { dateType: 'duration', value: 'P1Y' };
    return { dateType: 'date', shift: { unit, count: 0, fallback: unit === 'quarter' ? -1 : 0 } };
  },
};

/** "the current weakness", "its current chairman": TimeML marks the adjective as a reference to the present; not in
 *  compounds that name a thing ("current account", "current assets") nor the noun ("the current swept him away"). */
const currentAdjective: DateRule = {
  cue: /current/,
  pattern: /\bcurrent(?=\s+[a-z])(?!\s+(?:account|accounts|assets|liabilities|affairs|events|ratio|flows?|density|sea|week|month|quarter|year|decade|fiscal|financial|calendar|period|is|was|are|were|has|had|will|would|can|could|of|and|or|that|which|in|on|at|to|from|into|through|swept|carried|pulled|ran|runs)\b)/g,
  read: () => ({ dateType: 'date', value: 'PRESENT_REF' }),
};

/** "that year", "later that day", "the same week": the period of the date the sentence already gave, else the article's. */
const thatPeriod: DateRule = {
  cue: /that|same/i,
  pattern: /\b(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(day|week|month|quarter|year)\b(?![-'’]|\s+(?:a\s+year|last\s+year|of)\b)/gi,
  read: (match) => {
    const unit = calendarUnit(match[1]) as CalendarUnit;
    return { dateType: 'date', shift: { unit, count: 0, at: unit } };
  },
};

const RULES: readonly DateRule[] = [currentAdjective, thatPeriod, thePeriod, weekday, relativeUnit, theWeekend, followingUnit, namedDay, vague];

/** Every date in the sentence that is relative to the article date. */
export function findRelativeDates(context: RuleContext): DateCandidate[] {
  return applyRules(RULES, context);
}
