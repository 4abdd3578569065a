// The TimeML classes issue 11 fixes, each on sentences written for this test: clock times with their day, the
// forward reading after "until" and "by", periods, boundaries, durations, sets, centuries and years as modifiers.
import assert from 'node:assert/strict';
import { findDates } from '../../../src/engine/dates';

const MONDAY = '2025-11-03';

/** [text, dateType, value] of every date the sentence yields. */
function datesIn(sentence: string, articleDate = MONDAY): Array<[string, string | undefined, string | number | undefined]> {
  return findDates(sentence, { start: 0, end: sentence.length }, articleDate).map((m) => [m.text, m.dateType, m.value]);
}

describe('dates (TimeML): clock times', () => {
  it('writes UTC and GMT as "Z" and keeps a named zone in the span', () => {
    assert.deepEqual(datesIn('The launch went ahead at 14:05 UTC.'), [['14:05 UTC', 'time', '2025-11-03T14:05Z']]);
    assert.deepEqual(datesIn('Polls close at 8 p.m. EST.'), [['8 p.m. EST', 'time', '2025-11-03T20:00']]);
  });
  it('joins a clock time and the day right after it into one time', () => {
    assert.deepEqual(datesIn('The strike ends at noon Saturday, the union said.'), [['noon Saturday', 'time', '2025-11-01T12:00']]);
    assert.deepEqual(datesIn('Voting opens at 7 a.m. EST, Nov. 5.'), [['7 a.m. EST, Nov. 5', 'time', '2025-11-05T07:00']]);
    assert.deepEqual(datesIn('The board met at 10:30 UTC today.'), [['10:30 UTC today', 'time', '2025-11-03T10:30Z']]);
  });
  it('leaves a clock time and a day apart when "on" stands between them', () => {
    assert.deepEqual(datesIn('The vote is at 9 a.m. on Thursday.').map(([text]) => text), ['9 a.m.', 'Thursday']);
  });
});

describe('dates (TimeML): the forward reading of a weekday or month', () => {
  it('reads a weekday or month after "until", "by", "through" or "as soon as" as the next one', () => {
    assert.deepEqual(datesIn('The border crossing was closed until Friday.'), [['Friday', 'date', '2025-11-07']]);
    assert.deepEqual(datesIn('The ministry said the bridge had to be repaired by February.'), [['February', 'date', '2026-02']]);
    assert.deepEqual(datesIn('Officials said the family could be reunited as soon as Wednesday.'), [['Wednesday', 'date', '2025-11-05']]);
    assert.deepEqual(datesIn('The lender extended the credit line through January.'), [['January', 'date', '2026-01']]);
  });
  it('does not take "next to" or a causal "due to" for a future clause', () => {
    assert.deepEqual(datesIn('A car exploded next to the station on Friday.'), [['Friday', 'date', '2025-10-31']]);
    assert.deepEqual(datesIn('The match, due to rain on Saturday, was cancelled.'), [['Saturday', 'date', '2025-11-01']]);
  });
});
