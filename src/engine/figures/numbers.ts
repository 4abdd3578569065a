// Finds numbers written in digits ("1,200", "1.5 billion", "2.5bn") or in words ("two hundred", "fifty"):
// the building block both figures and durations ("seven months") start from.

/** A number found in the text, with its offsets and value; `scaled` when a word like "billion" multiplied it. */
export interface NumberPhrase {
  start: number;
  end: number;
  value: number;
  scaled: boolean;
  /** Written in words ("two") rather than digits. */
  words: boolean;
}

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words and the abbreviations news copy glues to digits ("2.5bn", "$40m"). */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

const WORD_SCALES = 'hundred|thousand|million|billion|trillion';
const GLUED_SCALES = 'bn|mn|mln|tn|trn|m|k|b';
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const SMALL_WORD = Object.keys(SMALL_NUMBERS).join('|');
const WORD_TOKEN = String.raw`(?:${SMALL_WORD})(?:-(?:${SMALL_WORD}))?|${WORD_SCALES}`;

/** Digits, optionally with a glued or spaced scale: "1,200", "2.5bn", "1.5 billion"; not inside "COVID-19" or "G20";
 *  after a period only in "Rs.20". */
const DIGIT_NUMBER = new RegExp(
  String.raw`(?<![\w,]|(?<!\bRs)\.|[A-Za-z]-)(${DIGITS})(?:(${GLUED_SCALES})|\s+(${WORD_SCALES}|bn|mln|tn))?(?!\w|[.,]\d)`, 'gi');
/** One number word: "two", "twenty-one", "hundred". */
const WORD_TOKEN_PATTERN = new RegExp(String.raw`\b(?:${WORD_TOKEN})\b`, 'gi');
/** The longest number written in words we read ("nine hundred and ninety-nine thousand ..." is far shorter). */
const MAX_WORDS = 12;
/** What may join two number words of one number: a space, a hyphen, or "and" after a scale ("two hundred and fifty"). */
const WORD_JOINER = /^(?:\s+|-|\s+and\s+)$/i;

/** Value of a run of number words, or undefined when the words do not make one number ("two three"). */
export function parseNumberWords(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let lastSmall: number | undefined;
  for (const word of phrase.toLowerCase().split(/\s+and\s+|\s+|-/)) {
    const small = SMALL_NUMBERS[word];
    if (small !== undefined) {
      const joinsTens = lastSmall !== undefined && lastSmall >= 20 && lastSmall % 10 === 0 && small < 10;
      if (lastSmall !== undefined && !joinsTens) return undefined;
      current += small;
      lastSmall = joinsTens ? undefined : small;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      lastSmall = undefined;
    } else {
      total += (current || 1) * SCALES[word];
      current = 0;
      lastSmall = undefined;
    }
  }
  return total + current;
}

function digitPhrase(match: RegExpExecArray, offset: number): NumberPhrase {
  const base = Number(match[1].replace(/,/g, ''));
  const scale = match[2] ?? match[3];
  const factor = scale ? SCALES[scale.toLowerCase()] : 1;
  return { start: offset + match.index, end: offset + match.index + match[0].length, value: round(base * factor), scaled: Boolean(scale), words: false };
}

/** Groups number words into phrases, cutting where the words stop making one number ("one and two"). */
function wordPhrases(slice: string, offset: number): NumberPhrase[] {
  const phrases: NumberPhrase[] = [];
  let group: RegExpExecArray[] = [];
  const flush = (): void => {
    const text = group.length ? slice.slice(group[0].index, group[group.length - 1].index + group[group.length - 1][0].length) : '';
    const value = text ? parseNumberWords(text) : undefined;
    if (value !== undefined && !/^(hundred|thousand|million|billion|trillion)$/i.test(text)) {
      const scaled = /hundred|thousand|million|billion|trillion/i.test(text);
      phrases.push({ start: offset + group[0].index, end: offset + group[0].index + text.length, value, scaled, words: true });
    }
    group = [];
  };
  for (const token of slice.matchAll(WORD_TOKEN_PATTERN) as IterableIterator<RegExpExecArray>) {
    const previous = group[group.length - 1];
    const gap = previous ? slice.slice(previous.index + previous[0].length, token.index) : '';
    const joins = previous && group.length < MAX_WORDS && WORD_JOINER.test(gap) && (!/and/i.test(gap) || SCALES[previous[0].toLowerCase()] !== undefined);
    if (previous && !(joins && parseNumberWords(slice.slice(group[0].index, token.index + token[0].length)) !== undefined)) flush();
    group.push(token);
  }
  flush();
  return phrases;
}

/** Removes floating-point noise from scaled decimals (2.3 × 1e9 = 2299999999.9999995). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** Every number phrase in `text[start, end)`, in text order; offsets are into `text`. */
export function scanNumbers(text: string, start: number, end: number): NumberPhrase[] {
  const slice = text.slice(start, end);
  const found: NumberPhrase[] = [];
  for (const match of slice.matchAll(DIGIT_NUMBER)) {
    if (match[2] && /^[mbk]$/i.test(match[2]) && !/[$€£¥]\s?$/.test(slice.slice(Math.max(0, match.index - 4), match.index))) continue;
    found.push(digitPhrase(match as RegExpExecArray, start));
  }
  found.push(...wordPhrases(slice, start));
  return found.filter((phrase) => Number.isFinite(phrase.value)).sort((a, b) => a.start - b.start);
}
