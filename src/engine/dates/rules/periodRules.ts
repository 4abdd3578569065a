// Reporting periods as business and general news write them: quarters and halves with their year ("the fiscal first
// quarter", "this year's third quarter", "the 1988 second quarter"), "the year-ago quarter", "the same period a year
// earlier", "the 2010 season", "the current quarter", "the coming decade".
import { formatYear, type CalendarUnit } from '../calendar';
import { applyRules, tenseOf, type DateCandidate, type DateRule, type RuleContext } from '../candidate';
import { calendarUnit } from '../lexicon';
import { resolveQuarter, shiftedUnit } from '../resolve';

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const RELATIVE_YEARS: Record<string, number> = { this: 0, last: -1, next: 1 };
/** "year-ago", "year-earlier": the same period one year before. */
const YEAR_AGO = String.raw`year[\s-]+(?:ago|earlier|before)|prior[\s-]year|previous[\s-]year`;

/** "third quarter", "fiscal first quarter", "the 1988 third quarter", "this year's third quarter", "the year-ago
 *  third quarter", "the fourth quarter of 2009", "the first quarter of last year", "Q3 2025". */
const quarter: DateRule = {
  cue: /quarter|Q[1-4]/i,
  pattern: new RegExp(String.raw`\b(?:(?:(\d{4})|(this|last|next)\s+year['’]s|(${YEAR_AGO}))[\s-]+)?(?:(?:fiscal|calendar)[\s-]+)?(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter|Q([1-4]))\b(?:\s+of\s+(?:fiscal\s+)?(?:(\d{4})|(this|last|next)\s+year)|,?\s+(?:fiscal\s+)?(\d{4}))?\b`, 'gi'),
  read: (match, context, start, end) => {
    const [, leadingYear, leadingRelative, yearAgo, ordinal, q, ofYear, ofRelative, trailingYear] = match;
    if (q && !/Q/.test(match[0])) return undefined;
    const number = q ? Number(q) : QUARTERS[ordinal.toLowerCase()];
    const relative = leadingRelative ?? ofRelative;
    const year = leadingYear ?? ofYear ?? trailingYear ?? (relative ? formatYear(context.article.year + RELATIVE_YEARS[relative.toLowerCase()]) : undefined);
    if (year) return { dateType: 'date', value: `${year}-Q${number}` };
    const resolved = resolveQuarter(context.article, number, tenseOf(context, start, end));
    return { dateType: 'date', value: yearAgo ? `${formatYear(Number(resolved.slice(0, 4)) - 1)}${resolved.slice(4)}` : resolved };
  },
};

const HALVES: Record<string, number> = { first: 1, second: 2, last: 2, latter: 2, final: 2 };
/** "the first half of 2024", "the second half of this year". */
const half: DateRule = {
  cue: /half/i,
  pattern: /\b(first|second|last|latter|final)\s+half\s+of\s+(?:(\d{4})|(this|last|next)\s+year)\b/gi,
  read: (match, context) => {
    const year = match[2] ?? formatYear(context.article.year + RELATIVE_YEARS[match[3].toLowerCase()]);
    return { dateType: 'date', value: `${year}-H${HALVES[match[1].toLowerCase()]}` };
  },
};

/** "the year-ago quarter", "the year-earlier period", "year-ago" results: the period the sentence is about, a year
 *  back (a quarter for "quarter", at the anchor's own precision for "period"), else the last full quarter a year back ("the" only with its noun: "the year-ago results" is a date "year-ago"). */
const yearAgoPeriod: DateRule = {
  cue: /year[\s-]+(?:ago|earlier|before)|prior|previous/i,
  pattern: new RegExp(String.raw`\b(?:the\s+(?:(?:comparable|same|corresponding)\s+)?(?=\S+\s+(?:quarter|period)\b))?(${YEAR_AGO})(?:\s+(quarter|period))?\b(?![\s-]+(?:first|second|third|fourth|final)\b)`, 'gi'),
  read: (match) => {
    if (/^(?:prior|previous)/i.test(match[1]) && !match[2]) return undefined;
    if (!/-/.test(match[1]) && !match[2]) return undefined;
    if (/quarter/i.test(match[2] ?? '')) return { dateType: 'date', shift: { unit: 'year', count: -1, fallback: -1, at: 'quarter' } };
    return { dateType: 'date', shift: { unit: 'year', count: -1, fallback: -1, fallbackAt: 'quarter' } };
  },
};

/** "the same period a year earlier", "the same month last year", "the same quarter of the previous year". */
const samePeriodLastYear: DateRule = {
  cue: /same/i,
  pattern: /\bthe\s+same\s+(period|month|quarter|week|day)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)\b/gi,
  read: (match) => {
    const word = match[1].toLowerCase();
    if (word === 'period') return { dateType: 'date', shift: { unit: 'year', count: -1, fallback: -1, fallbackAt: 'quarter' } };
    const at = word as CalendarUnit;
    return { dateType: 'date', shift: { unit: 'year', count: -1, fallback: at === 'quarter' ? -1 : 0, at } };
  },
};

/** "the 2010 season", "the 1988 period", "the 2024 fiscal year": a year used as a modifier is one date with its noun. */
const yearAsModifier: DateRule = {
  cue: /\bthe\s+(?:1[89]|20)\d\d/i,
  pattern: /\bthe\s+((?:1[89]|20)\d\d)(?:[-/](\d\d))?\s+(period|season|(?:fiscal|financial|calendar|school|tax)\s+year|quarter|first\s+half|second\s+half)\b(?!['’-])/gi,
  read: (match) => {
    const noun = match[3].toLowerCase();
    if (noun === 'quarter') return { dateType: 'date', value: `${match[1]}-QX` };
    if (/half$/.test(noun)) return { dateType: 'date', value: `${match[1]}-H${/^first/.test(noun) ? 1 : 2}` };
    return { dateType: 'date', value: match[1] };
  },
};

/** "the current quarter", "the current fiscal year", "the coming year", "the coming decade": the article's own period,
 *  or the next one. */
const currentOrComing: DateRule = {
  cue: /current|coming/i,
  pattern: /\b(?:the\s+)?(current|coming|upcoming)\s+(?:(?:fiscal|financial|calendar)\s+)?(week|month|quarter|year|decade)\b(?![\s-]+(?:ago|earlier|later|old)\b|['’])/gi,
  read: (match, context) => {
    const unit = calendarUnit(match[2]) as CalendarUnit;
    return { dateType: 'date', value: shiftedUnit(context.article, unit, /current/i.test(match[1]) ? 0 : 1) };
  },
};

/** "year-end", "by year end", "before year's end": the end of the year the sentence is about, else this year. */
const yearEnd: DateRule = {
  cue: /year/i,
  pattern: /\byear(?:-|\s+|['’]s\s+)end\b(?!-)/gi,
  read: () => ({ dateType: 'date', shift: { unit: 'year', count: 0 } }),
};

/** "ended the day 2% higher", "for the day": a trading day in market reports, the day the sentence gives or the
 *  article's. */
const tradingDay: DateRule = {
  cue: /the\s+day/i,
  pattern: /(?<=\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|for)\s+)the\s+day\b(?![-'’]|\s+(?:before|after|of|when|that)\b)/gi,
  read: () => ({ dateType: 'date', shift: { unit: 'day', count: 0 } }),
};

const RULES: readonly DateRule[] = [quarter, half, yearAgoPeriod, samePeriodLastYear, yearAsModifier, currentOrComing, yearEnd, tradingDay];

/** Every reporting period in the sentence. */
export function findPeriods(context: RuleContext): DateCandidate[] {
  return applyRules(RULES, context);
}
