// Ordinals in words ("third", "twenty-first") and digits ("21st"): figures of type ordinal.
import type { Mention, TextSpan } from '../types';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const ORDINAL = new RegExp(
  String.raw`\b(?:(?:(${Object.keys(TENS).join('|')})-)?(${Object.keys(ORDINAL_WORDS).join('|')})|(\d+)(?:st|nd|rd|th))\b`, 'gi');

/** Value of an ordinal as written, or undefined. */
export function ordinalValue(written: string): number | undefined {
  const match = new RegExp(`^${ORDINAL.source}$`, 'i').exec(written);
  if (!match) return undefined;
  if (match[3]) return Number(match[3]);
  return (match[1] ? TENS[match[1].toLowerCase()] : 0) + ORDINAL_WORDS[match[2].toLowerCase()];
}

const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|every|each|whose)|['’]s)\s+$/i;

/**
 * "second" after a number is the time unit ("30 second"); "one-third"/"two-thirds" are fractions; "first" without a
 * determiner is usually the adverb ("at first", "first agree") or a name ("First Boston").
 */
function isNotOrdinal(text: string, start: number, written: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/^first$/i.test(written) && !DETERMINER_BEFORE.test(before)) return true;
  if (/^second$/i.test(written) && /(?:\d|\b(?:one|two|three|four|five|ten|split))[\s-]$/i.test(before)) return true;
  return /\b(?:one|two|three|four|five|six|seven|eight|nine)-$/i.test(before);
}

/** Every ordinal in the sentence. */
export function findOrdinals(text: string, sentence: TextSpan): Mention[] {
  const mentions: Mention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(ORDINAL)) {
    const start = sentence.start + match.index;
    const value = ordinalValue(match[0]);
    if (value === undefined || isNotOrdinal(text, start, match[0])) continue;
    mentions.push({ kind: 'figure', start, end: start + match[0].length, text: match[0], figureType: 'ordinal', value });
  }
  return mentions;
}
