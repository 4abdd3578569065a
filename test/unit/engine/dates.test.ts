// Dates in real-style news sentences: which words are dates, their extents, and their values against the article date.
import assert from 'node:assert/strict';
import { findDates, findDatesAndFigures } from '../../../src/engine/dates';

/** [text, dateType, value] of every date the sentence yields. */
function datesIn(sentence: string, articleDate: string): Array<[string, string | undefined, string | number | undefined]> {
  return findDates(sentence, { start: 0, end: sentence.length }, articleDate).map((m) => [m.text, m.dateType, m.value]);
}

/** The value given to the date written `written` in the sentence. */
function valueOf(sentence: string, written: string, articleDate: string): string | number | undefined {
  const found = datesIn(sentence, articleDate).find(([text]) => text === written);
  assert.ok(found, `"${written}" should be a date in: ${sentence} (got ${JSON.stringify(datesIn(sentence, articleDate))})`);
  return found[2];
}

describe('dates: weekdays resolved the way news copy means them', () => {
  const monday = '2025-11-03';
  it('reads a weekday in a past-tense clause as the most recent such day', () => {
    assert.equal(valueOf('The Kremlin said on Friday it attaches great importance to the visit.', 'Friday', monday), '2025-10-31');
    assert.equal(valueOf('On Sunday, the two deputy premiers chaired a commission meeting in Ningbo.', 'Sunday', monday), '2025-11-02');
  });
  it("reads the article's own weekday as the article date", () => {
    assert.equal(valueOf('Li Qiang told the visiting prime minister on Monday that ties were strong.', 'Monday', monday), '2025-11-03');
  });
  it('reads a weekday in a future clause as the next such day', () => {
    assert.equal(valueOf('The agency said the visit would include talks with Xi in Beijing on Tuesday.', 'Tuesday', monday), '2025-11-04');
    assert.equal(valueOf('Ministers will meet again on Friday to sign the deal.', 'Friday', monday), '2025-11-07');
  });
  it('crosses the year boundary in both directions', () => {
    const friday = '2026-01-02';
    assert.equal(valueOf('Officials met on Monday, the ministry said.', 'Monday', friday), '2025-12-29');
    assert.equal(valueOf('He said last Friday that talks had stalled.', 'last Friday', friday), '2025-12-26');
    assert.equal(valueOf('Negotiators will return on Wednesday.', 'Wednesday', friday), '2026-01-07');
  });
  it('gives a weekday with a part of the day a time value', () => {
    assert.deepEqual(datesIn('Shares fell on Thursday morning.', monday), [['Thursday morning', 'time', '2025-10-30TMO']]);
  });
});

describe('dates: months, years and relative units', () => {
  it('resolves "last month", "this year", "next year" and weeks against the article date', () => {
    assert.equal(valueOf('Reuters reported last month that purchases were suspended.', 'last month', '2025-11-03'), '2025-10');
    assert.equal(valueOf('The pipeline moved closer to completion earlier this year.', 'earlier this year', '2025-11-03'), '2025');
    assert.equal(valueOf('Exports fell last month, the data showed.', 'last month', '2026-01-02'), '2025-12');
    assert.equal(valueOf('The budget for next year is not agreed.', 'next year', '2026-01-02'), '2027');
    assert.equal(valueOf('Prices rose last week.', 'last week', '2025-11-03'), '2025-W44');
    assert.equal(valueOf('Talks continue this week.', 'this week', '2026-01-02'), '2026-W01');
  });
  it('reads a bare month in past-tense news as its most recent occurrence, in future tense as the next', () => {
    assert.equal(valueOf('Imports swung back to growth in September.', 'September', '2025-11-03'), '2025-09');
    assert.equal(valueOf('Exports rose in December, officials said.', 'December', '2026-01-02'), '2025-12');
    assert.equal(valueOf('He will travel to Delhi in March.', 'March', '2025-11-03'), '2026-03');
  });
  it('keeps explicit months and days with their own year', () => {
    assert.deepEqual(datesIn('The leaders held their last meeting in August 2024.', '2025-11-03'), [['August 2024', 'date', '2024-08']]);
    assert.deepEqual(datesIn('The vote is set for Nov. 10, 2026.', '2025-11-03'), [['Nov. 10, 2026', 'date', '2026-11-10']]);
    assert.deepEqual(datesIn('Since 2014, sanctions have piled up.', '2025-11-03'), [['2014', 'date', '2014']]);
  });
  it('gives a day and month without a year the year nearest the article date', () => {
    assert.equal(valueOf('Results are due on 3 December.', '3 December', '2025-11-03'), '2025-12-03');
    assert.equal(valueOf('The law took effect on December 31.', 'December 31', '2026-01-02'), '2025-12-31');
  });
  it('rejects impossible calendar dates', () => {
    assert.deepEqual(datesIn('The file was dated 2025-02-30 by mistake.', '2025-11-03'), []);
    assert.deepEqual(datesIn('It was signed on February 30.', '2025-11-03'), []);
  });
  it('shifts "a month earlier" from the date the sentence already gave, else from the article date', () => {
    const sentence = 'Imports grew in September with a 3.8% rise compared with a 17.8% contraction a month earlier.';
    assert.equal(valueOf(sentence, 'a month earlier', '2025-11-03'), '2025-08');
    assert.equal(valueOf('Prices were lower a month earlier.', 'a month earlier', '2025-11-03'), '2025-10');
    assert.equal(valueOf('The deal was signed two years ago.', 'two years ago', '2025-11-03'), '2023');
  });
  it('reads quarters, including a hyphenated "third-quarter", and shifts them a year back at quarter precision', () => {
    assert.deepEqual(datesIn('The firm posted a third-quarter net loss.', '2025-11-03'), [['third-quarter', 'date', '2025-Q3']]);
    assert.deepEqual(datesIn('Profit in the third quarter fell from a year earlier.', '2025-11-03'),
      [['the third quarter', 'date', '2025-Q3'], ['a year earlier', 'date', '2024-Q3']]);
  });
  it('reads a month of a relative year and a far-off day by its tense', () => {
    assert.deepEqual(datesIn('In January this year, police arrested him.', '2025-11-03'), [['January this year', 'date', '2025-01']]);
    assert.equal(valueOf('The index set its record high on Aug. 6.', 'Aug. 6', '2026-02-06'), '2025-08-06');
    assert.equal(valueOf('The launch will take place on Aug. 6.', 'Aug. 6', '2026-02-06'), '2026-08-06');
  });
  it('marks "now", "currently", "recently" and "the future" as references to the present, past and future', () => {
    assert.deepEqual(datesIn('The pipeline is now closer to completion.', '2025-11-03'), [['now', 'date', 'PRESENT_REF']]);
    assert.deepEqual(datesIn('Officials recently said talks would shape the future.', '2025-11-03'),
      [['recently', 'date', 'PAST_REF'], ['the future', 'date', 'FUTURE_REF']]);
  });
});

describe('dates: durations, sets and times', () => {
  it('reads counted and hyphenated durations', () => {
    assert.deepEqual(datesIn('Mishustin is on a two-day visit to China.', '2025-11-03'), [['two-day', 'duration', 'P2D']]);
    assert.deepEqual(datesIn('Exports posted their biggest drop in seven months.', '2025-11-03'), [['seven months', 'duration', 'P7M']]);
    assert.deepEqual(datesIn('Trade has been declining in recent months.', '2025-11-03'), [['recent months', 'duration', 'PXM']]);
    assert.deepEqual(datesIn('Prices doubled over the past two years.', '2025-11-03'), [['the past two years', 'duration', 'P2Y']]);
    assert.deepEqual(datesIn('Howes, 37 years old, was held for a decade.', '2025-11-03'), [['a decade', 'duration', 'P10Y']]);
  });
  it('reads rates and repetitions as sets', () => {
    assert.deepEqual(datesIn('It could deliver 50 bcm of gas per year.', '2025-11-03'), [['per year', 'set', 'P1Y']]);
    assert.deepEqual(datesIn('He visits the plant every Monday.', '2025-11-03'), [['every Monday', 'set', 'XXXX-WXX-1']]);
    assert.deepEqual(datesIn('Qantas plans daily flights and pays $1.76 a year.', '2025-11-03'), [['daily', 'set', 'P1D'], ['a year', 'set', 'P1Y']]);
  });
  it('puts clock times on the day the sentence names', () => {
    assert.deepEqual(datesIn('The meeting starts at 2:30 p.m. on Tuesday.', '2025-11-03'),
      [['2:30 p.m.', 'time', '2025-11-04T14:30'], ['Tuesday', 'date', '2025-11-04']]);
    assert.deepEqual(datesIn('Trading resumes at 0900 GMT.', '2025-11-03'), [['0900 GMT', 'time', '2025-11-03T09:00Z']]);
  });
});

describe('dates: extents', () => {
  it('leaves out prepositions and trailing punctuation', () => {
    const texts = datesIn('Premier Li spoke on Monday. Reuters reported it last month.', '2025-11-03').map(([text]) => text);
    assert.deepEqual(texts, ['Monday', 'last month']);
  });
  it('does not take "in", "down" or "year-on-year" for dates', () => {
    assert.deepEqual(datesIn('Exports were down 21% year-on-year, according to customs data in Beijing.', '2025-11-03'), []);
  });
  it('does not read the verb "may" or a name like "May" without a temporal preposition as a month', () => {
    assert.deepEqual(datesIn('The talks may stall, May said.', '2025-11-03'), []);
    assert.deepEqual(datesIn('The summit is in May.', '2025-11-03'), [['May', 'date', '2025-05']]);
  });
  it('returns offsets into the whole text, not the sentence', () => {
    const text = 'First sentence here. Talks were held on Friday.';
    const sentence = { start: 21, end: text.length };
    const [friday] = findDatesAndFigures(text, sentence, '2025-11-03');
    assert.equal(text.slice(friday.start, friday.end), 'Friday');
    assert.equal(friday.text, 'Friday');
  });
});
