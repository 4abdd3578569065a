// The hover card's words for a date: the weekday must be right in every year, the first century included.
import * as assert from 'node:assert/strict';
import { describeDateValue } from '../../../src/editor/dateDescription';

describe('describeDateValue', () => {
  it('spells out a day with its weekday', () => {
    assert.equal(describeDateValue('2025-10-31'), 'Friday 31 October 2025');
  });

  it('gives the weekday of a day in the years 1-99, not of the same day in the 1900s', () => {
    // 3 March 0050 was a Thursday (proleptic Gregorian, as Python's datetime gives it); 3 March 1950 was a Friday.
    assert.equal(describeDateValue('0050-03-03'), 'Thursday 3 March 50');
  });

  it('spells out a month and leaves other values as they are', () => {
    assert.equal(describeDateValue('2024-08'), 'August 2024');
    assert.equal(describeDateValue('P3D'), 'P3D');
  });
});
