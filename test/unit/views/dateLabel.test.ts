// A date fact's sidebar label, as a reader writes the date, never its TIMEX3 code.
import * as assert from 'node:assert/strict';
import { dateLabel } from '../../../src/views/dateLabel';

describe('date labels in the Facts sidebar', () => {
  it('writes a day with its short weekday and month, and a month in full', () => {
    assert.equal(dateLabel('2026-03-12', 'date'), 'Thu 12 Mar 2026');
    assert.equal(dateLabel('2025-10-31', 'date'), 'Fri 31 Oct 2025');
    assert.equal(dateLabel('0050-03-03', 'date'), 'Thu 3 Mar 50'); // the years 1-99 are not the 1900s
    assert.equal(dateLabel('2026-03', 'date'), 'March 2026');
  });

  it('adds a time or a part of the day to the day', () => {
    assert.equal(dateLabel('2026-03-12T14:30', 'time'), 'Thu 12 Mar 2026, 14:30');
    assert.equal(dateLabel('2026-03-12TMO', 'time'), 'Thu 12 Mar 2026, morning');
  });

  it('writes durations in words', () => {
    assert.equal(dateLabel('P5Y', 'duration'), '5 years');
    assert.equal(dateLabel('P1Y', 'duration'), '1 year');
    assert.equal(dateLabel('P12D', 'duration'), '12 days');
    assert.equal(dateLabel('PT3H', 'duration'), '3 hours');
    assert.equal(dateLabel('PT30M', 'duration'), '30 minutes');
    assert.equal(dateLabel('P2M', 'duration'), '2 months');
    assert.equal(dateLabel('P3DE', 'duration'), '3 decades');
    assert.equal(dateLabel('PXY', 'duration'), 'years');
  });

  it('writes seasons, quarters, halves, weeks, years, decades and centuries', () => {
    assert.equal(dateLabel('2027-SP', 'date'), 'spring 2027');
    assert.equal(dateLabel('2025-Q4', 'date'), 'Q4 2025');
    assert.equal(dateLabel('2025-H1', 'date'), 'first half of 2025');
    assert.equal(dateLabel('2025-W45', 'date'), 'week 45 of 2025');
    assert.equal(dateLabel('2025-W45-WE', 'date'), 'weekend of week 45 of 2025');
    assert.equal(dateLabel('2025', 'date'), '2025');
    assert.equal(dateLabel('202', 'date'), 'the 2020s');
    assert.equal(dateLabel('19', 'date'), 'the 1900s');
  });

  it('writes recurring times and vague references', () => {
    assert.equal(dateLabel('XXXX-WXX-1', 'set'), 'every Monday');
    assert.equal(dateLabel('XXXX-WXX-7', 'set'), 'every Sunday');
    assert.equal(dateLabel('P1W', 'set'), 'every week');
    assert.equal(dateLabel('XXXX-XX-XXTEV', 'set'), 'every evening');
    assert.equal(dateLabel('PRESENT_REF', 'date'), 'now');
  });

  it('knows no words for impossible days and codes it does not read, so the row keeps the article\'s wording', () => {
    for (const value of ['2025-02-30', '2025-13', 'P5Z', 'PT5Y', 'XXXX-XX-XX', undefined, 2025]) assert.equal(dateLabel(value, 'date'), undefined, String(value));
  });
});
