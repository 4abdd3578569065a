// Property-based tests: on generated and mutated news (names, dates, figures, quotes, every kind of line break, emoji,
// lone surrogates, long runs), every analysis keeps the contract the editor and the CLI rely on, and the incremental
// analyser gives exactly what a fresh analysis gives. Fixed seed and bounded runs, so the file is quick and repeatable.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse, createAnalyser, type AnalyseOptions, type Analysis } from '../../../src/engine';
import { assertContract } from './helpers/contract';

const SEED = 20251103;
const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'sample-article.news'), 'utf8');

const NAMES = ['Vladimir Putin', 'Putin', 'Li Qiang', 'Premier Li Qiang', 'Prime Minister Mikhail Mishustin', 'Angela Merkel',
  'MERKEL', 'Sirhan Sirhan', 'Boutros Boutros-Ghali', "O'Brien", 'Gazprom', 'CNPC', 'Reuters', 'the U.S.', 'Beijing',
  'China-Russia', 'Power of Siberia 2', 'the Organisation for Economic Co-operation and Development', 'Mr. Smith', 'de la Cruz'];
const DATES = ['Monday', 'on Friday', 'last week', 'next month', 'Nov. 3', '3 November 2025', '2025-11-03', '2024-02-29',
  '00 Feb.', 'Feb 30', '0050-03-03', 'March 1, 0012', 'the 1990s', 'the third quarter', 'two days later', 'since 2014',
  'at 10:30 a.m.', 'every week', 'last summer', 'the weekend', 'yesterday', 'Sept. 31, 2025'];
const FIGURES = ['$3.5 billion', '40%', '12.5 per cent', '50 billion cubic metres', '1,200', '€3,400', 'third', 'two',
  '-5', '1e308', '9'.repeat(30), '0.000001', '3/4', '10 million tonnes', '£1.2bn', 'down 21%', '1st', '100th', '¥0'];
const QUOTES = ['"We will keep talking to everyone," she said.', '“The deal is done and signed,” Putin told reporters.',
  '‘no limits’', '"Unclosed quote about the deal', '”backwards quotes here“', '"', '“'];
const PUNCTUATION = ['. ', ', ', '; ', ': ', ' (Reuters) - ', ' — ', '...', '!!!!!', '?!?!?!?!', '(', ')', "'s", '-', '/'];
const BREAKS = [' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r', '\t', '\u00a0', '\u2028', '\f'];
const ODD = ['😀', '🇫🇷', '𝒳', '\ud83d', '\ude00', 'e\u0301', '\u200b', '\ufeff', '\u0000', '\ufffd', 'ß', 'İ', 'ﬁ'];
const WORDS = ['said', 'the', 'and', 'talks', 'in', 'of', 'a', 'gas', 'deal', 'would', 'rose', 'to', 'on', 'with'];

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** One piece of news-like text. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...DATES), weight: 3 },
  { arbitrary: fc.constantFrom(...FIGURES), weight: 3 },
  { arbitrary: fc.constantFrom(...QUOTES), weight: 2 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD), weight: 1 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('Putin ', 'Xi ', 'a', '.', ' ', '\r', '9', '😀'), fc.integer({ min: 2, max: 120 })).map(([run, n]) => run.repeat(n)), weight: 1 },
);

/** News-like text: fragments joined by spaces, punctuation and line breaks of every kind. */
const generatedNews: fc.Arbitrary<string> = fc.array(fc.tuple(fragment, fc.constantFrom(...BREAKS, ...PUNCTUATION)), { minLength: 1, maxLength: 60, size: 'max' })
  .map((pieces) => pieces.map(([piece, gap]) => piece + gap).join(''));

/** A stretch of the sample article, as real news to mutate. */
const sampleStretch: fc.Arbitrary<string> = fc.tuple(fc.nat({ max: SAMPLE.length }), fc.integer({ min: 0, max: 700 }))
  .map(([start, length]) => SAMPLE.slice(start, start + length));

/** One edit, placed by fractions of the text's length so it applies to any text. */
interface Edit {
  at: number;
  length: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 200 })),
  insert: fc.oneof(fc.constant(''), fragment, fc.constantFrom(...BREAKS)),
});

/** The text after replacing `length` characters at the edit's place by its insert (a typed, deleted or pasted run). */
function applied(text: string, { at, length, insert }: Edit): string {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(start + length);
}

/** News: generated, a stretch of a real article, or one of them mutated by a few edits. */
const news: fc.Arbitrary<string> = fc.tuple(fc.oneof(generatedNews, sampleStretch), fc.array(edit, { maxLength: 4 }))
  .map(([text, edits]) => edits.reduce(applied, text));

/** Options an editor or the CLI passes: sometimes an article date (years 1–99 included), sometimes a small limit. */
const options: fc.Arbitrary<AnalyseOptions> = fc.record({
  articleDate: fc.constantFrom('2025-11-03', '2024-02-29', '2000-01-01', '0050-03-03', '0001-01-01'),
  maxChars: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 400 })),
}, { requiredKeys: ['articleDate'] }).map((picked) => ({ ...picked, today: '2025-11-03' }));

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (an emoji cut in two). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** True for a day of the proleptic Gregorian calendar (year 0 included), checked without the engine's calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= lengths[month - 1];
}

/** The shapes of TIMEX3 values: calendar dates and parts, weeks, quarters, halves, seasons, times, durations, sets,
 *  decades and centuries, and the present/past/future references. */
const TIMEX_VALUE = /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?|\d{2,3}|P(?:T?[\dX.]+[A-Z])+|PX[A-Z]|XXXX-WXX-[1-7](?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?|T(?:\d{2}:\d{2}|MO|AF|EV|NI)|(?:PRESENT|PAST|FUTURE)_REF)$/;

/** Asserts that a date's value is a TIMEX3 value naming real days: no "2025-02-00", no month 13, no week 54. */
function assertWellFormedDateValue(value: unknown, written: string): void {
  assert.equal(typeof value, 'string', `date "${written}" has no string value`);
  const timex = value as string;
  assert.match(timex, TIMEX_VALUE, `date "${written}" has the value ${timex}`);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex);
  if (day) assert.ok(isCalendarDay(+day[1], +day[2], +day[3]), `date "${written}" is the impossible day ${timex}`);
  const month = /^\d{4}-(\d{2})(?!\d)/.exec(timex);
  if (month) assert.ok(+month[1] >= 1 && +month[1] <= 12, `date "${written}" is in month ${month[1]}`);
  const week = /^\d{4}-W(\d{2})/.exec(timex);
  if (week) assert.ok(+week[1] >= 1 && +week[1] <= 53, `date "${written}" is in week ${week[1]}`);
}

/** Asserts everything a consumer of an analysis relies on, beyond the shared contract. */
function assertSound(text: string, analysis: Analysis): void {
  assertContract(text, analysis);
  assert.ok(Number.isInteger(analysis.analysedChars) && analysis.analysedChars >= 0);
  for (const m of analysis.mentions) {
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0, `${m.kind} at ${m.start}-${m.end}`);
    assert.ok(!splitsSurrogatePair(text, m.start) && !splitsSurrogatePair(text, m.end), `${m.kind} "${m.text}" cuts an emoji in two`);
    assert.doesNotMatch(m.text, /[\r\n]/, `${m.kind} "${m.text}" spans two lines`);
    if (m.kind === 'date') assertWellFormedDateValue(m.value, m.text);
    if (m.kind === 'figure' && m.value !== undefined) assert.ok(typeof m.value === 'number' && Number.isFinite(m.value), `figure "${m.text}" is worth ${m.value}`);
  }
  for (const entity of analysis.entities) {
    assert.ok(entity.mentions.every((i) => Number.isInteger(i) && i >= 0 && i < analysis.mentions.length), entity.id);
  }
}

describe('engine properties', () => {
  it('every analysis of generated or mutated news keeps offsets, texts and values sound', () => {
    fc.assert(fc.property(news, options, (text, picked) => assertSound(text, analyse(text, picked))), { seed: SEED, numRuns: 60 });
  });

  it('an analyser taken through a sequence of edits gives exactly what a fresh analysis gives each time', () => {
    fc.assert(fc.property(news, fc.array(fc.tuple(edit, options), { minLength: 1, maxLength: 5 }), (start, steps) => {
      const analyser = createAnalyser();
      let text = start;
      analyser(text, { articleDate: '2025-11-03', today: '2025-11-03' });
      for (const [change, picked] of steps) {
        text = applied(text, change);
        assert.deepEqual(analyser(text, picked), analyse(text, picked));
      }
    }), { seed: SEED, numRuns: 20 });
  });
});
