// Amounts of time: durations ("seven months", "two-day"), shifts ("a month earlier", "two years ago") and
// sets ("per year", "every Monday").
import { parseNumberWords, scanNumbers, type NumberPhrase } from '../../figures/numbers';
import { formatShift } from '../calendar';
import { applyRules, type DateCandidate, type DateRule, type RuleContext } from '../candidate';
import { DURATION_UNITS, MONTH_FULL, WEEKDAY, calendarUnit, durationValue, monthNumber, weekdayNumber } from '../lexicon';

const UNIT_AFTER = new RegExp(String.raw`^(?:(?:\s+(?:more|additional|straight|consecutive|trading|business|full|long))?\s+(${DURATION_UNITS}|centurie)(s)?|-(${DURATION_UNITS})(?!-old))\b(?!\s+old\b)(?:\s+(ago|earlier|later|previously))?`, 'i');
const MODIFIER_BEFORE = /\b(past|last|next|coming|first|previous|every)\s+$/i;

/** "three days later": TimeML marks the amount ("three days", a duration) and leaves "later" a signal; a month or
 *  more later or earlier ("a year earlier") is the date a comparison points to. */
const NARRATIVE_UNITS: ReadonlySet<string> = new Set(['day', 'week']);

/** A counted unit of time after a number phrase: "seven months", "two-day", "three years ago", "past two years". */
function countedTime(context: RuleContext, phrase: NumberPhrase): DateCandidate | undefined {
  const { text, sentence, article } = context;
  const unit = UNIT_AFTER.exec(text.slice(phrase.end, Math.min(sentence.end, phrase.end + 40)));
  if (!unit || phrase.scaled || phrase.value <= 0) return undefined;
  const unitWord = (unit[1] ?? unit[3]).toLowerCase().replace(/^centurie$/, 'century');
  const end = phrase.end + unit[0].length;
  const modifier = MODIFIER_BEFORE.exec(text.slice(Math.max(sentence.start, phrase.start - 12), phrase.start));
  const start = modifier ? phrase.start - modifier[0].length : phrase.start;
  const shiftUnit = calendarUnit(unitWord);
  const direction = unit[4]?.toLowerCase();
  if (direction && shiftUnit && !(direction !== 'ago' && NARRATIVE_UNITS.has(shiftUnit))) {
    const count = direction === 'later' ? phrase.value : -phrase.value;
    if (direction === 'ago') return { start, end, dateType: 'date', value: formatShift(article, shiftUnit, count) };
    return { start, end, dateType: 'date', shift: { unit: shiftUnit, count } };
  }
  const durationEnd = direction ? end - unit[4].length - 1 : end;
  const isSet = modifier?.[1].toLowerCase() === 'every';
  return { start, end: durationEnd, dateType: isSet ? 'set' : 'duration', value: durationValue(phrase.value, unitWord) };
}

/** A reported sum compared with a year before ("up from $4.1 million a year ago", "compared with 8 cents a share a
 *  year earlier"): the comparison is with the same reporting period a year back, the period the sentence gives or, in
 *  results copy that gives none, the last full quarter (as "the quarter" reads). Rates and counts stay years. */
const SUM = String.raw`(?:\$|€|£|¥|#\d|\b(?:cents?|pence|yen|euros?|dollars?|guilders?)\b)`;
const RESULTS_COMPARISON = new RegExp(String.raw`${SUM}[^;]*?\b(?:from|with|than|versus|vs\.?|against|over)\b[^;]*$`, 'i');
/** "compared with earnings of $6.1 million a year ago": the comparison word before the sum it compares. */
const COMPARED_SUM = new RegExp(String.raw`\b(?:from|with|than|versus|vs\.?|against)\b[^;]*?${SUM}[^;]*$`, 'i');

const resultsComparison = (before: string): boolean => RESULTS_COMPARISON.test(before) || COMPARED_SUM.test(before);

/** "a month earlier", "a year ago", "several years ago". */
const articleShift: DateRule = {
  cue: /ago|earlier|later|previously/i,
  pattern: new RegExp(String.raw`\b(a|an|one|a\s+few|several|a\s+couple\s+of)\s+(${DURATION_UNITS})s?\s+(ago|earlier|later|previously)\b`, 'gi'),
  read: (match, context, start) => {
    const unit = calendarUnit(match[2]);
    if (!unit) return undefined;
    const vague = !/^(a|an|one)$/i.test(match[1]);
    if (!vague && unit === 'year' && resultsComparison(context.text.slice(Math.max(context.sentence.start, start - 60), start))) {
      return { dateType: 'date', shift: { unit, count: -1 * (match[3].toLowerCase() === 'later' ? -1 : 1), fallback: -1, fallbackAt: 'quarter' } };
    }
    const count = match[3].toLowerCase() === 'later' ? 1 : -1;
    if (vague && NARRATIVE_UNITS.has(unit) && !/ago/i.test(match[3])) return undefined;
    if (vague) return { dateType: 'date', value: count < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    if (match[3].toLowerCase() === 'ago') return { dateType: 'date', value: formatShift(context.article, unit, count) };
    return { dateType: 'date', shift: { unit, count } };
  },
};

const PART_CODES: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };
/** "per year", "every day", "each month", "every Monday", "each July", "every morning", "annually", "hourly". */
const everyUnit: DateRule = {
  cue: /per|every|each|ly\b/i,
  pattern: new RegExp(String.raw`\b(?:(?:per|every|each)\s+(hour|day|week|month|quarter|year|annum)|(?:every|each)\s+(${WEEKDAY}|${MONTH_FULL}|morning|afternoon|evening|night)|(annually|yearly|monthly|weekly|daily|hourly))\b(?!['’])`, 'gi'),
  read: (match) => {
    if (match[2]) {
      const written = match[2];
      const part = PART_CODES[written.toLowerCase()];
      if (part) return { dateType: 'set', value: `XXXX-XX-XX${part}` };
      if (!/^[A-Z]/.test(written)) return undefined;
      const weekday = weekdayNumber(written);
      return { dateType: 'set', value: weekday >= 0 ? `XXXX-WXX-${weekday || 7}` : `XXXX-${String(monthNumber(written)).padStart(2, '0')}` };
    }
    const adverbs: Record<string, string> = { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour' };
    const unit = match[3] ? adverbs[match[3].toLowerCase()] : match[1].toLowerCase().replace('annum', 'year');
    return { dateType: 'set', value: durationValue(1, unit) };
  },
};

/** "a year" after an amount is a rate ("50 bcm a year", "twice a day"). */
const perUnitArticle: DateRule = {
  pattern: /(?<=(?:\d|%|\b(?:once|twice|times|barrels|tonnes|tons|bcm|metres|meters|dollars|euros|yuan|million|billion|thousand|trillion))\s+)a\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later))/gi,
  read: (match) => ({ dateType: 'set', value: durationValue(1, match[1]) }),
};

/** "for a year", "in a week", "the past year", "for years". */
const singleUnit: DateRule = {
  pattern: new RegExp(String.raw`(?<=\b(?:for|over|within|in|than|nearly|almost|about|least|the)\s+)(?:(?:a|an|one|past|another|an\s+additional|a\s+full)\s+(${DURATION_UNITS})|(minutes|hours|days|weeks|months|years|decades|centuries))\b(?![\s-]+(?:ago|earlier|later|old)\b|'|’)`, 'gi'),
  read: (match, context, start) => {
    const afterThe = /\bthe\s+$/i.test(context.text.slice(Math.max(0, start - 5), start));
    if (afterThe !== /^past/i.test(match[0])) return undefined;
    if (match[2]) return { dateType: 'duration', value: durationValue('X', match[2]) };
    return { dateType: 'duration', value: durationValue(1, match[1]) };
  },
};

const VAGUE_CODES: Record<string, string> = { second: 'TXS', minute: 'TXM', hour: 'TXH', day: 'XD', week: 'XW', month: 'XM', quarter: 'XQ', year: 'XY', decade: 'XY', century: 'XCE' };
/** "a few weeks", "several years", "a couple of months": a vague count of a unit ("a couple" is two). */
const vagueCount: DateRule = {
  cue: /few|several|couple/i,
  pattern: /\b(a\s+few|several|a\s+couple\s+of|a\s+couple)\s+(?:more\s+)?(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b(?![\s-]+(?:ago|earlier|later|old)\b|['’])/gi,
  read: (match) => {
    const unit = match[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    if (/couple/i.test(match[1])) return { dateType: 'duration', value: durationValue(2, unit) };
    return { dateType: 'duration', value: `P${VAGUE_CODES[unit]}` };
  },
};

/** "a mere week", "a mere hour". */
const mereUnit: DateRule = {
  cue: /mere/i,
  pattern: new RegExp(String.raw`\ba\s+mere\s+(${DURATION_UNITS})\b(?![\s-]+(?:ago|earlier|later|old)\b|['’])`, 'gi'),
  read: (match) => ({ dateType: 'duration', value: durationValue(1, match[1]) }),
};

/** "a day-long meeting", "a decades-long dispute": an adjective of length. */
const unitLong: DateRule = {
  cue: /-long\b/i,
  pattern: /\b(?:(hour|day|week|month|year|decade)|(hours|days|weeks|months|years|decades))-long\b/gi,
  read: (match) => ({ dateType: 'duration', value: match[1] ? durationValue(1, match[1]) : durationValue('X', match[2]) }),
};

/** A count and a half: "2 1/2 years", "two and a half hours", "a year and a half", "three-and-a-half-day", written
 *  with a decimal fraction on the unit as ISO 8601 allows (P2.5Y, PT5.5H; decades and centuries in years, P25Y), as
 *  MEANTIME writes it (TimeBank spells the half in the smaller unit, P2Y6M). */
function halfValue(count: number, unitWord: string): string {
  const unit = unitWord.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  if (unit === 'decade') return `P${count * 10 + 5}Y`;
  if (unit === 'century') return `P${count * 100 + 50}Y`;
  if (unit === 'fortnight') return `P${count * 2 + 1}W`;
  return durationValue(count, unit).replace(/\d+/, (whole) => `${whole}.5`);
}

const COUNT_WORD = String.raw`\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const halfCount: DateRule = {
  cue: /1\/2|½|half/i,
  pattern: new RegExp(String.raw`\b(?:(${COUNT_WORD})(?:\s+1\/2|½|\s+and\s+a\s+half|-and-a-half)[\s-]+(${DURATION_UNITS}|centurie)s?|(a|an|one)\s+(${DURATION_UNITS})\s+and\s+a\s+half)\b(?![\s-]+(?:old|ago|earlier|later)\b)`, 'gi'),
  read: (match) => {
    const written = match[1] ?? '1';
    const count = /^\d/.test(written) ? Number(written) : parseNumberWords(written);
    if (!count) return undefined;
    return { dateType: 'duration', value: halfValue(count, (match[2] ?? match[4]).replace(/^centurie$/i, 'century')) };
  },
};

const RULES: readonly DateRule[] = [articleShift, everyUnit, perUnitArticle, singleUnit, vagueCount, mereUnit, unitLong, halfCount];

/** Every duration, shift and set in the sentence. */
export function findDurations(context: RuleContext): DateCandidate[] {
  const counted = scanNumbers(context.text, context.sentence.start, context.sentence.end)
    .map((phrase) => countedTime(context, phrase))
    .filter((candidate): candidate is DateCandidate => candidate !== undefined);
  return [...counted, ...applyRules(RULES, context)];
}
