// The figure grammar: money, percentages, quantities, numbers and ordinals with their values and units (it values the spans the figure tagger finds).
import assert from 'node:assert/strict';
import { findDatesAndFigures } from '../../../src/engine/dates';

/** [text, figureType, value, unit] of every figure in the sentence (dates removed, as the engine reports them). */
function figuresIn(sentence: string): Array<[string, string | undefined, string | number | undefined, string | undefined]> {
  return findDatesAndFigures(sentence, { start: 0, end: sentence.length }, '2025-11-03')
    .filter((m) => m.kind === 'figure')
    .map((m) => [m.text, m.figureType, m.value, m.unit]);
}

describe('figures: money', () => {
  it('reads currency signs, codes and words with scales', () => {
    assert.deepEqual(figuresIn('The firm lost $40 million, or €2.5bn, and paid £300 plus 5 million yuan.'), [
      ['$40 million', 'money', 4e7, 'USD'], ['€2.5bn', 'money', 2.5e9, 'EUR'], ['£300', 'money', 300, 'GBP'], ['5 million yuan', 'money', 5e6, 'CNY'],
    ]);
    assert.deepEqual(figuresIn('Deals worth US$5 billion and USD 40 million, and 50 cents a share.'), [
      ['US$5 billion', 'money', 5e9, 'USD'], ['USD 40 million', 'money', 4e7, 'USD'], ['50 cents', 'money', 0.5, 'USD'],
    ]);
  });

  it('reads a currency named with its country ("Swiss francs", "Hong Kong dollars")', () => {
    assert.deepEqual(figuresIn('They pledged 1.2 billion Swiss francs and 300 million Hong Kong dollars.'), [
      ['1.2 billion Swiss francs', 'money', 1.2e9, 'CHF'], ['300 million Hong Kong dollars', 'money', 3e8, 'HKD'],
    ]);
  });
  it('reads rupee and other abbreviated signs, spaced or glued, but not the end of a word ("Mrs")', () => {
    assert.deepEqual(figuresIn('Tea costs Rs.20, a meal Rs 500 and a room SFr 90; Mrs 5 left.').filter(([, type]) => type === 'money'), [
      ['Rs.20', 'money', 20, 'INR'], ['Rs 500', 'money', 500, 'INR'], ['SFr 90', 'money', 90, 'CHF'],
    ]);
  });
  it('spans only the amount in "about $3 million"', () => {
    assert.deepEqual(figuresIn('It cost about $3 million.'), [['$3 million', 'money', 3e6, 'USD']]);
  });
});

describe('figures: percentages and quantities', () => {
  it('reads percent signs and words', () => {
    assert.deepEqual(figuresIn('Exports were down 21% year-on-year after a 3.8% rise and a 17.8 percent contraction.'), [
      ['21%', 'percent', 21, '%'], ['3.8%', 'percent', 3.8, '%'], ['17.8 percent', 'percent', 17.8, '%'],
    ]);
  });
  it('gives each end of a range its own figure, the first taking the unit of the second', () => {
    assert.deepEqual(figuresIn('Growth of 8% to 17% is forecast, against between 2 and 3 percent.'), [
      ['8%', 'percent', 8, '%'], ['17%', 'percent', 17, '%'], ['2', 'percent', 2, '%'], ['3 percent', 'percent', 3, '%'],
    ]);
    assert.deepEqual(figuresIn('Output rose to 5-7 million tonnes.'), [['5', 'quantity', 5e6, 'tonnes'], ['7 million tonnes', 'quantity', 7e6, 'tonnes']]);
  });
  it('normalises quantities with units, including units that hide a scale', () => {
    assert.deepEqual(figuresIn('The pipeline could deliver an additional 50 billion cubic metres (bcm) of gas.'), [
      ['50 billion cubic metres', 'quantity', 5e10, 'cubic metres'],
    ]);
    assert.deepEqual(figuresIn('Flows reached 38 bcm and 1.2 million bpd over a 300-km route.'), [
      ['38 bcm', 'quantity', 3.8e10, 'cubic metres'], ['1.2 million bpd', 'quantity', 1.2e6, 'barrels per day'], ['300-km', 'quantity', 300, 'kilometres'],
    ]);
  });
});

describe('figures: numbers and ordinals', () => {
  it('reads numbers in words and digits', () => {
    assert.deepEqual(figuresIn("Rosneft and Lukoil, Moscow’s two biggest oil companies, employ two hundred and fifty engineers."), [
      ['two', 'number', 2, undefined], ['two hundred and fifty', 'number', 250, undefined],
    ]);
    assert.deepEqual(figuresIn('Some 1,200 police and fifty soldiers watched 1.5 billion viewers.'), [
      ['1,200', 'number', 1200, undefined], ['fifty', 'number', 50, undefined], ['1.5 billion', 'number', 1.5e9, undefined],
    ]);
  });
  it('reads ordinals', () => {
    assert.deepEqual(figuresIn('It was the third meeting and the 21st round.'), [['third', 'ordinal', 3, undefined], ['21st', 'ordinal', 21, undefined]]);
  });
  it('leaves ages alone: neither a figure nor a duration', () => {
    assert.deepEqual(figuresIn('Mr. Reupke, 52 years old, and a 63-year-old aide resigned.'), []);
  });
  it('leaves numbers that belong to names or codes alone', () => {
    assert.deepEqual(figuresIn('The Power of Siberia 2 pipeline, COVID-19, the G20 and a Boeing 737.'), []);
    assert.deepEqual(figuresIn('Sony sold the PlayStation 5 and Apple the iPhone 15.'), []);
  });
  it('reads a number after a capital that starts the sentence or is a possessive as a figure', () => {
    assert.deepEqual(figuresIn("Another 25 stayed after Friday's 190 points."), [['25', 'number', 25, undefined], ['190', 'number', 190, undefined]]);
  });
  it('does not count the year of a date or the number of a duration as a figure', () => {
    assert.deepEqual(figuresIn('They met in August 2024 for a two-day visit lasting seven months.'), []);
    assert.deepEqual(figuresIn('The firm posted a third-quarter net loss.'), []);
  });
});
