// Figures in one sentence: money, percentages, quantities with units, plain numbers and ordinals.
import type { FigureType, Mention, TextSpan } from '../types';
import { scanNumbers, type NumberPhrase } from './numbers';
import { followsNameWord } from './nameNumbers';
import { findOrdinals } from './ordinals';
import { CURRENCY_AFTER_NUMBER, CURRENCY_BEFORE_NUMBER, UNIT_AFTER_NUMBER, currencyCode, unitForm } from './units';

/** How a number phrase reads once its surroundings are taken into account. */
interface Reading {
  start: number;
  end: number;
  figureType: FigureType;
  value: number;
  unit?: string;
}

const PERCENT_AFTER = /^(?:\s?%|\s+(?:percent|per\s+cent)\b)/i;
const RANGE_JOINER = /^\s*(?:-|–|—|to|and)\s*$/i;

/** The money, percent or unit that a number's neighbours make of it, if any. */
function readUnit(text: string, phrase: NumberPhrase, sentence: TextSpan): Reading | undefined {
  const before = text.slice(Math.max(sentence.start, phrase.start - 5), phrase.start);
  const after = text.slice(phrase.end, Math.min(sentence.end, phrase.end + 40));
  const sign = CURRENCY_BEFORE_NUMBER.exec(before);
  if (sign) {
    const start = phrase.start - sign[0].length;
    return { start, end: phrase.end, figureType: 'money', value: phrase.value, unit: currencyCode(sign[1]) };
  }
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return { start: phrase.start, end: phrase.end + percent[0].length, figureType: 'percent', value: phrase.value, unit: '%' };
  const currency = CURRENCY_AFTER_NUMBER.exec(after);
  if (currency) {
    const cents = /^cents?$/i.test(currency[1]);
    const value = cents ? phrase.value / 100 : phrase.value;
    return { start: phrase.start, end: phrase.end + currency[0].length, figureType: 'money', value, unit: currencyCode(currency[1]) };
  }
  const unit = UNIT_AFTER_NUMBER.exec(after);
  if (unit) {
    const form = unitForm(unit[1]);
    const figureType = /point/.test(form.name) ? 'percent' : 'quantity';
    return { start: phrase.start, end: phrase.end + unit[0].length, figureType, value: Number((phrase.value * (form.factor ?? 1)).toPrecision(12)), unit: form.name };
  }
  return undefined;
}

/** A plain number, skipped when it is the pronoun-like "one", an age, part of a name, or glued to digits ("2023-24"). */
function readPlain(text: string, phrase: NumberPhrase): Reading | undefined {
  const written = text.slice(phrase.start, phrase.end);
  const gluedToDigits = /\d[-–/:]$/.test(text.slice(Math.max(0, phrase.start - 2), phrase.start)) || /^[-–/:]\d/.test(text.slice(phrase.end, phrase.end + 2));
  const age = /^[\s-]+(?:years?|months?)[\s-]+old\b/i.test(text.slice(phrase.end, phrase.end + 16));
  if (/^one$/i.test(written) || gluedToDigits || age || (!phrase.words && !phrase.scaled && followsNameWord(text, phrase.start, phrase.end))) return undefined;
  return { start: phrase.start, end: phrase.end, figureType: 'number', value: phrase.value };
}

/** "8 to 17%", "5-7 million tonnes": the first number of a range takes the unit (and scale) of the second. */
function readRangeStart(text: string, phrase: NumberPhrase, next: NumberPhrase | undefined, nextReading: Reading | undefined): Reading | undefined {
  if (!next || !nextReading || nextReading.start !== next.start || nextReading.figureType === 'number') return undefined;
  if (!RANGE_JOINER.test(text.slice(phrase.end, next.start))) return undefined;
  const scale = !phrase.scaled && next.scaled ? scaleOf(next) : 1;
  const factor = nextReading.value / (next.value || 1);
  return { start: phrase.start, end: phrase.end, figureType: nextReading.figureType, value: Number((phrase.value * scale * factor).toPrecision(12)), unit: nextReading.unit };
}

/** The scale word's factor inside a scaled number phrase (1.5 billion → 1e9). */
function scaleOf(phrase: NumberPhrase): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(phrase.value) || 1));
  return [1e12, 1e9, 1e6, 1e3].find((scale) => magnitude >= scale) ?? 1;
}

/** Every figure in the sentence (numbers inside dates are removed later by the caller that merges both). */
export function findFigures(text: string, sentence: TextSpan): Mention[] {
  const phrases = scanNumbers(text, sentence.start, sentence.end);
  const readings = phrases.map((phrase) => readUnit(text, phrase, sentence));
  const figures: Mention[] = [];
  phrases.forEach((phrase, index) => {
    const reading = readings[index] ?? readRangeStart(text, phrase, phrases[index + 1], readings[index + 1]) ?? readPlain(text, phrase);
    if (!reading) return;
    const { start, end, figureType, value, unit } = reading;
    figures.push({ kind: 'figure', start, end, text: text.slice(start, end), figureType, value, ...(unit ? { unit } : {}) });
  });
  return [...figures, ...findOrdinals(text, sentence)].sort((a, b) => a.start - b.start || b.end - a.end);
}
