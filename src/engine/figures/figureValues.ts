// The value (and unit) of a figure the tagger found, read from its words: the grammar's amount inside it, else a number,
// an ordinal, a count word ("half", "a dozen") or a scale ("a million", "hundreds of millions", "multibillion").
import type { FigureType, Mention, TextSpan } from '../types';
import { SCALES, scanNumbers } from './numbers';
import { ordinalValue } from './ordinals';
import { CURRENCY_SIGN, CURRENCY_WORDS, currencyCode } from './units';

/** A figure's value and unit, either of which may be unknown. */
export type FigureValue = Pick<Mention, 'value' | 'unit'>;

/** Fractions and counts the number grammar leaves to context ("nearly half", "a dozen"). */
const COUNT_WORDS: Readonly<Record<string, number>> = { half: 0.5, third: 1 / 3, quarter: 0.25, dozen: 12, dozens: 12, scores: 20 };
const COUNT_WORD = /\b(half|third|quarter|dozens?|scores)\b/i;

/** Scale words alone or in the plural ("a million", "thousands", "hundreds of millions"), and "multibillion". */
const SCALE_WORD = /\b(?:multi-?)?(hundred|thousand|million|billion|trillion)s?\b/gi;
/** Tens, as in "tens of thousands". */
const TENS = /\btens\s+of\b/i;

/** The value of the scale words of a span: each "X of Y" multiplies ("hundreds of millions" → 1e8). */
function scaleValue(written: string): number | undefined {
  const scales = [...written.matchAll(SCALE_WORD)].map((match) => SCALES[match[1].toLowerCase()]);
  if (!scales.length) return undefined;
  return scales.reduce((product, scale) => product * scale, TENS.test(written) ? 10 : 1);
}

/** The currency a span names without an amount the grammar read ("billions of dollars", "a multibillion-dollar"). */
function currencyIn(written: string): string | undefined {
  const sign = CURRENCY_SIGN.exec(written);
  if (sign) return currencyCode(sign[0]);
  const word = /\b([a-z]+)\b/gi;
  for (const match of written.matchAll(word)) if (CURRENCY_WORDS[match[1].toLowerCase()]) return currencyCode(match[1]);
  return undefined;
}

/** The ordinal a span ends with ("the third", "21st", "Secondly"). */
function ordinalIn(written: string): number | undefined {
  const word = /[\p{L}\p{N}]+/u.exec(written.split(/\s+/).pop() ?? '')?.[0];
  return word ? ordinalValue(word) ?? ordinalValue(word.replace(/ly$/i, '')) : undefined;
}

/** "a", "an", "a single" counting one of something ("a single acre", "a ton"). */
const ONE_OF = /^(?:an?|a\s+single)\s+\p{L}/iu;

/** The number a span's words give: digits or number words, else a count word, its scale words, or "a" for one. */
function numberIn(text: string, span: TextSpan): number | undefined {
  const number = scanNumbers(text, span.start, span.end)[0];
  if (number) return number.value;
  const written = text.slice(span.start, span.end);
  const count = COUNT_WORD.exec(written);
  if (count) return COUNT_WORDS[count[1].toLowerCase()];
  return scaleValue(written) ?? (ONE_OF.test(written) ? 1 : undefined);
}

/** The value and unit of a tagged figure: the first grammar figure wholly inside it, else what its words say. */
export function valueOf(text: string, span: TextSpan, figureType: FigureType, grammarInside: Mention | undefined): FigureValue {
  if (grammarInside) return { value: grammarInside.value, ...(grammarInside.unit ? { unit: grammarInside.unit } : {}) };
  const written = text.slice(span.start, span.end);
  const value = figureType === 'ordinal' ? ordinalIn(written) : numberIn(text, span);
  const unit = figureType === 'money' ? currencyIn(written) : undefined;
  return { ...(value === undefined ? {} : { value }), ...(unit ? { unit } : {}) };
}
