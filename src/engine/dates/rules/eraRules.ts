// Decades, centuries and spoken years: "the 1990s", "the early 1980s", "the '80s", "the nineties", "the 19th century", "this century".
import { applyRules, type DateCandidate, type DateRule, type RuleContext } from '../candidate';

/** "early", "late", "mid-" before a decade or century: TimeML keeps them in the extent. */
const EDGE = String.raw`(?:(?:[Ee]arly|[Ll]ate)\s+|[Mm]id-?)?`;
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** "1990s", "early 1990s", "the mid-1990s": the decade's first three digits. */
const decade: DateRule = {
  cue: /\d0s\b/,
  pattern: new RegExp(String.raw`${EDGE}(?<![\w$€£])(1[89]\d0|20\d0)s\b`, 'g'),
  read: (match) => ({ dateType: 'date', value: match[1].slice(0, 3) }),
};

/** Temperatures and rates in the tens ("highs in the 70s", "the 50s percent"), never decades. */
const NOT_A_DECADE = /\b(?:temperatures?|degrees|highs?|lows?|weather|forecast|Fahrenheit|Celsius|percent)\b|°|%/i;

/** "the '80s", "the 70s and 80s", "the nineties": a decade without its century, the latest one not after the
 *  article's. Not "in his 30s" (an age): only after "the", an apostrophe or a decade it is listed with; not near a
 *  temperature; "mid-" or "early" only with the apostrophe ("the mid-'80s", not the ages "in the mid-50s"). */
const shortDecade: DateRule = {
  cue: /0s\b|ties\b/i,
  pattern: new RegExp(String.raw`(?:(?<=\b(?:the|and|or|to)\s+${EDGE})|\b${EDGE}['’‘]|(?<!\w)['’‘])(?:(\d)0s|(${DECADE_WORDS.join('|')}))\b`, 'gi'),
  read: (match, context, start) => {
    const before = context.text.slice(Math.max(context.sentence.start, start - 24), start);
    const quoted = /['’‘]/.test(match[0]);
    if (match[1] && !quoted && !/(?:\bthe\s+|\d0s\s+(?:and|or|to)\s+)$/i.test(before)) return undefined;
    if (match[1] && !quoted && NOT_A_DECADE.test(context.text.slice(Math.max(context.sentence.start, start - 60), Math.min(context.sentence.end, start + 24)))) return undefined;
    const digit = match[1] ? Number(match[1]) : DECADE_WORDS.indexOf(match[2].toLowerCase()) + 2;
    const century = match[1] && digit * 10 <= context.article.year % 100 ? Math.floor(context.article.year / 100) : 19;
    return { dateType: 'date', value: `${century}${digit}` };
  },
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
};

/** "the 19th century", "the early twentieth century" (TIMEX3 "18", "19"); "this century" (the article's). */
const century: DateRule = {
  cue: /centur/i,
  pattern: new RegExp(String.raw`\b(?:(this|last|next|the\s+current)\s+|${EDGE}(?:(\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')}))[\s-])century\b(?!-)`, 'gi'),
  read: (match, context) => {
    const relative = match[1]?.toLowerCase().replace(/^the\s+/, '');
    const number = relative ? Math.floor(context.article.year / 100) + 1 + ({ last: -1, next: 1 }[relative] ?? 0)
      : match[2] ? Number(match[2]) : ORDINAL_WORDS[match[3].toLowerCase().replace(/\s+/, ' ')];
    if (!(number >= 1 && number <= 99)) return undefined;
    return { dateType: 'date', value: String(number - 1).padStart(2, '0') };
  },
};

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** The last two digits of a spoken year: "ninety-six" 96, "fifteen" 15, "oh five" 5. */
function spokenTwoDigits(words: string): number | undefined {
  const [first, second] = words.toLowerCase().split(/[\s-]+/);
  if (first === 'oh') return UNITS.indexOf(second) > 0 ? UNITS.indexOf(second) : undefined;
  if (TEENS.includes(first)) return 10 + TEENS.indexOf(first);
  const tens = TENS.indexOf(first);
  if (tens < 2) return undefined;
  return second ? (UNITS.indexOf(second) > 0 ? tens * 10 + UNITS.indexOf(second) : undefined) : tens * 10;
}

/** Years as broadcast transcripts write them: "nineteen ninety-six", "January nineteen ninety-seven", "the winter of
 *  nineteen ninety-four", "the year two thousand" (a bare "two thousand" is a number). */
const spokenYear: DateRule = {
  cue: /eighteen|nineteen|thousand/i,
  pattern: new RegExp(String.raw`\b(?:(${MONTHS.join('|')})\s+|(?:[Tt]he\s+)?(spring|summer|autumn|fall|winter)\s+of\s+)?(?:([Nn]ineteen|[Ee]ighteen)[\s-]+((?:oh[\s-]+)?[a-z]+(?:-[a-z]+)?)|([Tt]he\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(${UNITS.slice(1).join('|')}|${TEENS.join('|')}))?)\b`, 'g'),
  read: (match) => {
    const [, month, season, century, rest, theYear, units] = match;
    let year: number | undefined;
    if (century) {
      const digits = spokenTwoDigits(rest);
      year = digits === undefined ? undefined : (/^n/i.test(century) ? 1900 : 1800) + digits;
    } else if (theYear || month || season) {
      year = 2000 + (units ? (UNITS.indexOf(units) > 0 ? UNITS.indexOf(units) : 10 + TEENS.indexOf(units)) : 0);
    }
    if (year === undefined) return undefined;
    if (month) return { dateType: 'date', value: `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}` };
    return { dateType: 'date', value: season ? `${year}-${SEASON_CODES[season.toLowerCase()]}` : String(year) };
  },
};

const RULES: readonly DateRule[] = [decade, shortDecade, century, spokenYear];

/** Every decade, century and spoken year in the sentence. */
export function findEras(context: RuleContext): DateCandidate[] {
  return applyRules(RULES, context);
}
