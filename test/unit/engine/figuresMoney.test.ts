// Money as an editor sees it through the whole engine: the highlighted amount, its currency as the unit, its value.
import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';

type Seen = [text: string, figureType: string | undefined, value: string | number | undefined, unit: string | undefined];

/** [highlighted text, figureType, value, unit] of every figure the engine reports in `text`. */
function figuresIn(text: string): Seen[] {
  return analyse(text, { articleDate: '2025-11-03' }).mentions.filter((m) => m.kind === 'figure').map((m) => [m.text, m.figureType, m.value, m.unit]);
}

/** The kinds and texts of the names the engine reports in `text`. */
function namesIn(text: string): string[] {
  return analyse(text, { articleDate: '2025-11-03' }).mentions.filter((m) => ['person', 'organization', 'place'].includes(m.kind)).map((m) => `${m.kind} ${m.text}`);
}

describe('money through the engine: sign, currency and value', () => {
  // The sign is in the span even where the tagger, like OntoNotes, began the amount after it; the currency is the
  // unit and the value is right.
  it('"$250": dollars, 250', () => {
    assert.deepEqual(figuresIn('It costs $250.'), [['$250', 'money', 250, 'USD']]);
  });

  it('"$20,000": dollars, 20,000', () => {
    assert.deepEqual(figuresIn('Shares fell to $20,000 on Monday.').filter(([, type]) => type === 'money'), [['$20,000', 'money', 20_000, 'USD']]);
  });

  it('"$12.50": dollars, 12.5', () => {
    assert.deepEqual(figuresIn('A month of the service costs $12.50.'), [['$12.50', 'money', 12.5, 'USD']]);
  });

  it('"$5," before a comma: dollars, 5', () => {
    assert.deepEqual(figuresIn('It cost $5, they said.'), [['$5', 'money', 5, 'USD']]);
  });

  it('"US$3 million": the whole amount in US dollars, and no place "US"', () => {
    const text = 'The start-up raised US$3 million from investors.';
    assert.deepEqual(figuresIn(text), [['US$3 million', 'money', 3_000_000, 'USD']]);
    assert.deepEqual(namesIn(text), []);
  });

  it('"HK$ 11.28 billion": Hong Kong dollars, and no place "HK"', () => {
    const text = 'Re-exports rose to HK$ 11.28 billion last year.';
    assert.deepEqual(figuresIn(text).filter(([, type]) => type === 'money'), [['HK$ 11.28 billion', 'money', 11.28e9, 'HKD']]);
    assert.ok(!namesIn(text).includes('place HK'));
  });

  it('"€5," before a comma: euros, 5', () => {
    assert.deepEqual(figuresIn('Tickets cost €5, the organisers said.'), [['€5', 'money', 5, 'EUR']]);
  });

  it('"£5," before a comma: pounds, 5 (the tagger takes it for a date; a currency sign says it is money)', () => {
    assert.deepEqual(figuresIn('Tickets cost £5, the organisers said.'), [['£5', 'money', 5, 'GBP']]);
  });

  it('"£1.2bn": pounds, 1.2 billion, all of it highlighted', () => {
    assert.deepEqual(figuresIn('The deal is worth £1.2bn.'), [['£1.2bn', 'money', 1.2e9, 'GBP']]);
  });

  it('"5 euros": euros, 5', () => {
    assert.deepEqual(figuresIn('Entry costs 5 euros.'), [['5 euros', 'money', 5, 'EUR']]);
  });

  it('"Rs 500" and "Rs.20": rupees', () => {
    assert.deepEqual(figuresIn('A ticket costs Rs 500.'), [['Rs 500', 'money', 500, 'INR']]);
    assert.deepEqual(figuresIn('Tea costs Rs.20 a cup.').filter(([, type]) => type === 'money'), [['Rs.20', 'money', 20, 'INR']]);
  });

  it('"¥1,000": yen, 1,000', () => {
    assert.deepEqual(figuresIn('A bowl of ramen costs ¥1,000.'), [['¥1,000', 'money', 1000, 'JPY']]);
  });

  it('an amount and its conversion in brackets are two figures', () => {
    assert.deepEqual(figuresIn('The airline paid 9.9 billion yuan (about US$1.4 billion) for the jets.'), [
      ['9.9 billion yuan', 'money', 9.9e9, 'CNY'], ['about US$1.4 billion', 'money', 1.4e9, 'USD'],
    ]);
  });
});
