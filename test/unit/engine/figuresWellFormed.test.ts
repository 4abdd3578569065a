// Figures an editor can trust through the whole engine: every one has a value, no highlight starts or ends on a bracket,
// listed amounts stay apart, and the number of a product or model is not a figure.
import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';

type Seen = [text: string, figureType: string | undefined, value: string | number | undefined, unit: string | undefined];

/** [highlighted text, figureType, value, unit] of every figure the engine reports in `text`. */
function figuresIn(text: string): Seen[] {
  return analyse(text, { articleDate: '2025-11-03' }).mentions.filter((m) => m.kind === 'figure').map((m) => [m.text, m.figureType, m.value, m.unit]);
}

describe('figures are well formed', () => {
  it('reads "(in millions)" as a scale, not as the figures "(" and "millions)"', () => {
    assert.deepEqual(figuresIn('Prices (in millions) rose.'), []);
  });

  it('ends a quantity before the bracket that opens its abbreviation', () => {
    assert.deepEqual(figuresIn('The pipeline could deliver an additional 50 billion cubic metres (bcm) of gas.'), [
      ['an additional 50 billion cubic metres', 'quantity', 5e10, 'cubic metres'],
    ]);
  });

  it('keeps amounts listed with spaces apart: "$1 $2 $3"', () => {
    assert.deepEqual(figuresIn('The winners got $1 $2 $3 in turn.'), [['$1', 'money', 1, 'USD'], ['$2', 'money', 2, 'USD'], ['$3', 'money', 3, 'USD']]);
  });

  it('keeps amounts listed with commas and "and" apart: "$5, $6 and $7"', () => {
    const money = figuresIn('Prizes of $5, $6 and $7 were paid.');
    assert.deepEqual(money.map(([, type, value, unit]) => [type, value, unit]), [['money', 5, 'USD'], ['money', 6, 'USD'], ['money', 7, 'USD']]);
    assert.deepEqual(money.slice(1).map(([text]) => text), ['$6', '$7']);
  });

  it('keeps listed percentages apart but a "between" range whole', () => {
    assert.deepEqual(figuresIn('Yields fell between 5% and 6%, and costs rose 3%, 4% and 5%.'), [
      ['between 5% and 6%', 'percent', 5, '%'], ['3%', 'percent', 3, '%'], ['4%', 'percent', 4, '%'], ['5%', 'percent', 5, '%'],
    ]);
  });

  it('values counts written as scale words ("hundreds", "a million")', () => {
    assert.deepEqual(figuresIn('Hundreds of people and a million fans came.'), [['Hundreds', 'number', 100, undefined], ['million', 'number', 1e6, undefined]]);
  });

  it('gives every figure of a busy paragraph a value', () => {
    const text = 'Thousands marched. Tens of thousands watched, and the firm lost billions of dollars, a multibillion-dollar hole. '
      + 'Firstly, a single acre gave a ton of grapes; secondly, dozens of buyers paid hundreds of millions of dollars.';
    const figures = figuresIn(text);
    assert.ok(figures.length > 0);
    for (const [written, , value] of figures) assert.equal(typeof value, 'number', `"${written}" has no value`);
  });
});

describe('a product or model number is not a figure', () => {
  for (const [sentence, name] of [
    ['Sony sold the PlayStation 5 in Europe.', 'PlayStation 5'],
    ['Apple launched the iPhone 15 on Friday.', 'iPhone 15'],
    ['Microsoft will stop supporting Windows 11 soon.', 'Windows 11'],
    ['The airline ordered a Boeing 737 from the maker.', 'Boeing 737'],
  ]) {
    it(`"${name}" gives no figure`, () => {
      assert.deepEqual(figuresIn(sentence), []);
    });
  }

  it('keeps counts after a capitalised word that is not a name: a sentence start, a possessive, a noun modifier', () => {
    assert.deepEqual(figuresIn('Another 25 stayed at home.'), [['25', 'number', 25, undefined]]);
    assert.deepEqual(figuresIn("It came after Friday's 190-point plunge."), [['190', 'number', 190, undefined]]);
    assert.deepEqual(figuresIn('The Financial Times 30-share index closed lower.'), [['30', 'number', 30, undefined]]);
  });
});
