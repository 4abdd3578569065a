// Figures as the engine reports them: spans where the trained figure tagger puts them, values and units from the grammar.
import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';

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
