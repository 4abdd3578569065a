// Dates written with calendar names and numbers: "2025-11-03", "Nov. 3, 2025", "August 2024", "September", "2024".
import { formatDay, formatMonth, isValidDay } from '../calendar';
import { applyRules, tenseOf, type DateCandidate, type DateRule, type RuleContext } from '../candidate';
import { MONTH_ANY, MONTH_FULL, PERIOD_MODIFIER, WEEKDAY, monthNumber } from '../lexicon';
import { resolveMonth, resolveMonthDay, resolveSeason, type Modifier } from '../resolve';

/** Words before a bare month or year that make it a date ("in May", "since 2014"). */
const TEMPORAL_PREPOSITION = String.raw`(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|or|early|late|mid-|last|next|this|end|start|beginning)`;

const isoDate: DateRule = {
  pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b/g,
  read: (match) => {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isValidDay(year, month, day)) return undefined;
    const value = formatDay({ year, month, day });
    return match[4] ? { dateType: 'time', value: `${value}T${match[4]}:${match[5]}` } : { dateType: 'date', value };
  },
};

/** A day with a month, in either order, with an optional year and weekday: "Monday, Nov. 3, 2025", "3 November". */
function monthDay(month: string, day: string, year: string | undefined, context: RuleContext, span: [number, number]): Omit<DateCandidate, 'start' | 'end'> | undefined {
  const monthIndex = monthNumber(month);
  const dayIndex = Number(day);
  if (!year) {
    const value = resolveMonthDay(context.article, monthIndex, dayIndex, tenseOf(context, span[0], span[1]));
    return value ? { dateType: 'date', value } : undefined;
  }
  if (!isValidDay(Number(year), monthIndex, dayIndex)) return undefined;
  return { dateType: 'date', value: formatDay({ year: Number(year), month: monthIndex, day: dayIndex }) };
}

const monthThenDay: DateRule = {
  pattern: new RegExp(String.raw`\b(?:(?:${WEEKDAY}),?\s+)?(${MONTH_ANY})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:\d|\.\d|,\d)(?:,?\s+(\d{4})\b)?`, 'g'),
  read: (match, context, start, end) => monthDay(match[1], match[2], match[3], context, [start, end]),
};

const dayThenMonth: DateRule = {
  pattern: new RegExp(String.raw`\b(?:(?:${WEEKDAY}),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_ANY})(?:,?\s+(\d{4})\b)?`, 'g'),
  read: (match, context, start, end) => monthDay(match[2], match[1], match[3], context, [start, end]),
};

const monthYear: DateRule = {
  pattern: new RegExp(String.raw`${PERIOD_MODIFIER}\b(${MONTH_ANY})(?:\s+of)?,?\s+(\d{4})\b`, 'g'),
  read: (match) => ({ dateType: 'date', value: formatMonth(Number(match[2]), monthNumber(match[1])) }),
};

/** "January this year", "June last year". */
const monthOfRelativeYear: DateRule = {
  pattern: new RegExp(String.raw`\b(${MONTH_FULL})\s+(this|last|next)\s+year\b`, 'g'),
  read: (match, context) => {
    const offset: Record<string, number> = { last: -1, this: 0, next: 1 };
    return { dateType: 'date', value: formatMonth(context.article.year + offset[match[2]], monthNumber(match[1])) };
  },
};

const bareMonth: DateRule = {
  pattern: new RegExp(String.raw`(?<!\w)(?:(last|next|this)\s+)?${PERIOD_MODIFIER}\b(${MONTH_FULL}|Sept\.)(?!\w|-\w|\s+\d)`, 'gi'),
  read: (match, context, start, end) => {
    const month = match[2];
    if (!/^[A-Z]/.test(month)) return undefined;
    const before = context.text.slice(Math.max(context.sentence.start, start - 16), start);
    const after = context.text.slice(end, end + 20);
    const prepositioned = new RegExp(String.raw`\b${TEMPORAL_PREPOSITION}\s+(?:the\s+)?$`, 'i').test(before) || Boolean(match[1]) || /^(?:early|late|mid)/i.test(match[0]);
    if (/^(May|March)$/.test(month) && !prepositioned) return undefined;
    if (!prepositioned && /^\s+[A-Z][a-z]/.test(after)) return undefined;
    const modifier = match[1]?.toLowerCase() as Modifier;
    return { dateType: 'date', value: resolveMonth(context.article, monthNumber(month), tenseOf(context, start, end, 'clause'), modifier) };
  },
};

const year: DateRule = {
  pattern: new RegExp(String.raw`${PERIOD_MODIFIER}(?<![\w$€£¥.,]|\d[,.])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|[-/]\d\d?[-/]\d|\s*(?:percent|per\s+cent)\b|\s+(?:[a-z]+\s+)?(?:people|units|tonnes|tons|barrels|dollars|euros|yuan)\b)`, 'g'),
  read: (match) => ({ dateType: 'date', value: match[1] }),
};

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const season: DateRule = {
  pattern: /\b(?:(last|next|this)\s+(spring|summer|autumn|fall|winter)|(spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4}))\b/gi,
  read: (match, context, start, end) => {
    if (match[4]) return { dateType: 'date', value: `${match[4]}-${SEASON_CODES[match[3].toLowerCase()]}` };
    const modifier = match[1].toLowerCase() as Modifier;
    return { dateType: 'date', value: resolveSeason(context.article, SEASON_CODES[match[2].toLowerCase()], modifier, tenseOf(context, start, end)) };
  },
};

const RULES: readonly DateRule[] = [isoDate, monthThenDay, dayThenMonth, monthYear, monthOfRelativeYear, bareMonth, year, season];

/** Every calendar-named date in the sentence. */
export function findCalendarDates(context: RuleContext): DateCandidate[] {
  return applyRules(RULES, context);
}
