// A duration in the hover card: words, never the TIMEX3 code, and the stretch of calendar it covers from the article
// date when its words say which way it runs.
import * as assert from 'node:assert/strict';
import { describeDuration, durationDirection } from '../../../src/editor/durationSpan';

describe('describeDuration', () => {
  it('gives "the next five years" in a story of 12 March 2026 as 5 years, 2026–2031', () => {
    assert.equal(describeDuration('P5Y', '2026-03-12', durationDirection('the next five years')), '5 years, 2026–2031');
    assert.equal(describeDuration('P5Y', '2026-03-12', 'before'), '5 years, 2021–2026');
    assert.equal(describeDuration('P1Y', '2026-03-12', 'after'), '1 year, 2026–2027');
  });

  it('spans months within a year and across one', () => {
    assert.equal(describeDuration('P3M', '2026-03-12', 'after'), '3 months, March–June 2026');
    assert.equal(describeDuration('P3M', '2026-11-30', 'after'), '3 months, November 2026 – February 2027');
    assert.equal(describeDuration('P6M', '2026-03-12', 'before'), '6 months, September 2025 – March 2026');
    assert.equal(describeDuration('P1Q', '2026-03-12', 'after'), '1 quarter, March–June 2026');
  });

  it('spans days and weeks to the day, across months and years', () => {
    assert.equal(describeDuration('P12D', '2026-03-12', 'after'), '12 days, 12–24 March 2026');
    assert.equal(describeDuration('P2W', '2026-03-12', 'after'), '2 weeks, 12–26 March 2026');
    assert.equal(describeDuration('P30D', '2026-03-12', 'after'), '30 days, 12 March – 11 April 2026');
    assert.equal(describeDuration('P12D', '2026-03-05', 'before'), '12 days, 21 February – 5 March 2026');
    assert.equal(describeDuration('P1W', '2025-12-29', 'after'), '1 week, 29 December 2025 – 5 January 2026');
    assert.equal(describeDuration('P1D', '2024-02-28', 'after'), '1 day, 28–29 February 2024'); // a leap year
  });

  it('keeps the day of the month where it exists, else the month\'s last day', () => {
    assert.equal(describeDuration('P1M', '2026-01-31', 'after'), '1 month, January–February 2026');
    assert.equal(describeDuration('P2DE', '2026-03-12', 'before'), '2 decades, 2006–2026');
  });

  it('says just the words when no span makes sense: no direction, no anchor, a fraction, an open count, hours', () => {
    assert.equal(describeDuration('P5Y', '2026-03-12', undefined), '5 years');
    assert.equal(describeDuration('P5Y', undefined, 'after'), '5 years');
    assert.equal(describeDuration('P1.5Y', '2026-03-12', 'after'), '1.5 years');
    assert.equal(describeDuration('PXY', '2026-03-12', 'after'), 'years');
    assert.equal(describeDuration('PT3H', '2026-03-12', 'after'), '3 hours');
    assert.equal(describeDuration('P0D', '2026-03-12', 'after'), '0 days');
    assert.equal(describeDuration('P9999Y', '2026-03-12', 'after'), '9999 years'); // past the calendar's end
  });

  it('is undefined for a value that is no duration, so the card shows the wording instead', () => {
    assert.equal(describeDuration('2026-03-12', '2026-03-12', 'after'), undefined);
    assert.equal(describeDuration('P5Z', '2026-03-12', 'after'), undefined);
  });
});

describe('durationDirection', () => {
  it('reads which way the words run from the article date, and nothing from words that do not say', () => {
    assert.equal(durationDirection('the next five years'), 'after');
    assert.equal(durationDirection('the coming months'), 'after');
    assert.equal(durationDirection('the past 12 days'), 'before');
    assert.equal(durationDirection('the last two weeks'), 'before');
    assert.equal(durationDirection('five years'), undefined);
    assert.equal(durationDirection('10-year'), undefined);
    assert.equal(durationDirection('nextdoor years'), undefined); // whole words only
  });
});
