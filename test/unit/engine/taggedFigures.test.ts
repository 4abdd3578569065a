// Figures as the engine reports them: spans where the trained figure tagger puts them, values and units from the grammar.
import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { findDatesAndFigures } from '../../../src/engine/dates';
import { figuresFromTagger } from '../../../src/engine/figures/taggedFigures';
import type { TaggedSpan } from '../../../src/engine/tagger';

/** [text, figureType, value, unit] of every figure the engine reports. */
function figuresIn(text: string): Array<[string, string | undefined, string | number | undefined, string | undefined]> {
  return analyse(text, { articleDate: '2025-11-03' }).mentions.filter((m) => m.kind === 'figure').map((m) => [m.text, m.figureType, m.value, m.unit]);
}

describe('figures through the engine', () => {
  it('keeps an approximation with its amount, valued by the amount', () => {
    assert.deepEqual(figuresIn('The company paid about $3 million for the stake.'), [['about $3 million', 'money', 3_000_000, 'USD']]);
    assert.deepEqual(figuresIn('More than 300 people voted.'), [['More than 300', 'number', 300, undefined]]);
  });

  it('reads a range as one figure, valued by its first end', () => {
    assert.deepEqual(figuresIn('Exports fell by between 20% and 25% last year.'), [['between 20% and 25%', 'percent', 20, '%']]);
  });

  it('values fractions and counts in words', () => {
    assert.deepEqual(figuresIn('Nearly half of the towns signed up.'), [['Nearly half', 'number', 0.5, undefined]]);
  });

  it('keeps the unit the grammar reads after a number', () => {
    assert.deepEqual(figuresIn('They trucked in 2,500 tonnes of bottled water.'), [['2,500 tonnes', 'quantity', 2500, 'tonnes']]);
  });

  it('reads an ordinal written with digits as one ordinal', () => {
    assert.deepEqual(figuresIn('He was the 21st person to win.'), [['21st', 'ordinal', 21, undefined]]);
  });

  it('never counts a year, a date or a duration as a figure', () => {
    assert.deepEqual(figuresIn('In August 2024 the two-day talks ended on Friday.'), []);
  });
});

/** A tagger span of `type` over the first `written` in `text` at or after `from`. */
function taggedOver(text: string, type: string, written: string, from = 0): TaggedSpan {
  const start = text.indexOf(written, from);
  assert.ok(start >= 0, `"${written}" is not in the text`);
  return { start, end: start + written.length, type };
}

/** [text, figureType, value, unit] of the figures made from hand-written tagger spans and the grammar's figures. */
function reconciled(text: string, spans: TaggedSpan[]): Array<[string, string | undefined, string | number | undefined, string | undefined]> {
  const grammar = findDatesAndFigures(text, { start: 0, end: text.length }, '2025-11-03').filter((m) => m.kind === 'figure');
  return figuresFromTagger(text, spans, grammar).map((m) => [m.text, m.figureType, m.value, m.unit]);
}

describe('tagged spans reconciled with the grammar, whatever the tagger finds', () => {
  it('grows a span cut inside an amount to the whole amount ("2bn" of "£1.2bn", "$3 million" of "US$3 million")', () => {
    const text = 'The deal is worth £1.2bn, or US$3 million.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'MONEY', '2bn'), taggedOver(text, 'MONEY', '$3 million')]), [
      ['£1.2bn', 'money', 1.2e9, 'GBP'], ['US$3 million', 'money', 3e6, 'USD'],
    ]);
  });

  it('makes no figure of a compound of "half" and a noun the tagger took for a number, and keeps "half-million"', () => {
    for (const text of ['Chelsea had led at half-time.', 'She met her half-brother.']) {
      assert.deepEqual(reconciled(text, [taggedOver(text, 'CARDINAL', text.match(/half-\w+/)![0])]), [], text);
    }
    const text = 'A half-million people came.';
    assert.equal(reconciled(text, [taggedOver(text, 'CARDINAL', 'half-million')]).length, 1);
  });

  it('makes a plain number the tagger found money when the grammar reads a currency there, sign included', () => {
    const text = 'It costs $250.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'CARDINAL', '250')]), [['$250', 'money', 250, 'USD']]);
  });

  it('grows a money span the tagger began after the "$" over the sign (OntoNotes\' extent for plain amounts)', () => {
    const text = 'It costs $250.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'MONEY', '250')]), [['$250', 'money', 250, 'USD']]);
  });

  it('keeps money the tagger took for a date, and money, percentages and quantities it missed', () => {
    const text = 'Tickets cost £5, up 3%, for 2 tonnes.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'DATE', '£5')]), [['£5', 'money', 5, 'GBP'], ['3%', 'percent', 3, '%'], ['2 tonnes', 'quantity', 2, 'tonnes']]);
  });

  it('leaves a percentage inside a tagged date to the date', () => {
    const text = 'It was the 5% rule of 1990.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'DATE', 'the 5% rule of 1990')]), []);
  });

  it('cuts a span over listed amounts into one figure each, and keeps a "between" range whole', () => {
    const text = 'Prizes of $5, $6 and $7, or between $8 and $9.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'MONEY', '$5, $6 and $7'), taggedOver(text, 'MONEY', 'between $8 and $9')]), [
      ['$5', 'money', 5, 'USD'], ['$6', 'money', 6, 'USD'], ['$7', 'money', 7, 'USD'], ['between $8 and $9', 'money', 8, 'USD'],
    ]);
  });

  it('keeps a "to" range whole, as the corpora mark it', () => {
    const text = 'It will cost $2.7 million to $3 million.';
    assert.deepEqual(reconciled(text, [taggedOver(text, 'MONEY', '$2.7 million to $3 million')]), [['$2.7 million to $3 million', 'money', 2.7e6, 'USD']]);
  });

  it('trims brackets off a span and drops one with nothing left or no value', () => {
    const text = 'It holds 50 billion cubic metres (bcm). Prices (in millions) rose.';
    assert.deepEqual(reconciled(text, [
      taggedOver(text, 'QUANTITY', '50 billion cubic metres ('), taggedOver(text, 'MONEY', '(', 40), taggedOver(text, 'CARDINAL', 'millions)'),
    ]), [['50 billion cubic metres', 'quantity', 5e10, 'cubic metres']]);
  });

  it('drops the number of a product or model the tagger calls a figure', () => {
    const text = 'Sony sold the PlayStation 5 and Apple the iPhone 15, with Windows 11 on board a Boeing 737.';
    const spans = ['5', 'iPhone 15', '11', '737'].map((written) => taggedOver(text, 'CARDINAL', written));
    assert.deepEqual(reconciled(text, spans), []);
  });

  it('keeps a count after a sentence start, a possessive or a month, and a number that modifies a noun', () => {
    const text = "Another 25 stayed. After Friday's 190 points, the Times 30-share index fell in March 12 times.";
    const spans = ['25', '190', '30', '12'].map((n) => taggedOver(text, 'CARDINAL', n));
    assert.deepEqual(reconciled(text, spans).map(([written]) => written), ['25', '190', '30', '12']);
  });
});
