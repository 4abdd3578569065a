// The TimeML classes issue 11 fixes, each on sentences written for this test: clock times with their day, the
// forward reading after "until" and "by", periods, boundaries, durations, sets, centuries and years as modifiers.
import assert from 'node:assert/strict';
import { findDates } from '../../../src/engine/dates';
import { tenseDecider } from '../../../src/engine/dates/tense';

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
  it('reads a date after "effective" forward, and a deadline in a past perfect clause back', () => {
    assert.deepEqual(datesIn('The new tariffs take hold effective March 1.'), [['March 1', 'date', '2026-03-01']]);
    assert.deepEqual(datesIn('Most members had filed their reports by Wednesday.'), [['Wednesday', 'date', '2025-10-29']]);
  });
  it('reads the day of a deadline with its clock time forward ("until 9 a.m. Tuesday")', () => {
    assert.deepEqual(datesIn('The agency gave the family until 9 a.m. Tuesday to reply.'), [['9 a.m. Tuesday', 'time', '2025-11-04T09:00']]);
  });
  it('reads irregular past verbs as past, and a participle after "be" as no past', () => {
    assert.deepEqual(datesIn('In January, the firm brought in a new chief executive.'), [['January', 'date', '2025-01']]);
    assert.deepEqual(datesIn('Officials said the vote would still be held on Friday.'), [['Friday', 'date', '2025-11-07']]);
  });
  it('reads "should", "may" and "might" as future cues, but not the month May', () => {
    assert.deepEqual(datesIn('The sale should be completed in October.'), [['October', 'date', '2026-10']]);
    assert.deepEqual(datesIn('In May, output rose and in October it fell.'), [['May', 'date', '2025-05'], ['October', 'date', '2025-10']]);
  });
  it('reads next month named alone as the coming one, even in a past clause', () => {
    assert.deepEqual(datesIn('The ministry said it hopes to publish the census figures in December.'), [['December', 'date', '2025-12']]);
    assert.deepEqual(datesIn('The union said the strike ballot closes in mid-December.', '2025-11-20'), [['mid-December', 'date', '2025-12']]);
    assert.deepEqual(datesIn('The mayor said the fountain was restored in October.'), [['October', 'date', '2025-10']]);
    assert.deepEqual(datesIn('The orchestra said the tour opened in September.'), [['September', 'date', '2025-09']]);
    assert.deepEqual(datesIn('Officials said the port reopens in January.', '2025-12-15'), [['January', 'date', '2026-01']]);
  });
  it('reads a weekday or month in reported speech by the reported clause\'s own cue, not the reporting verb', () => {
    assert.deepEqual(datesIn('The agency said it expects to publish its annual figures in February.'), [['February', 'date', '2026-02']]);
    assert.deepEqual(datesIn('A spokeswoman said the board is to vote on the plan in March.'), [['March', 'date', '2026-03']]);
    assert.deepEqual(datesIn('The mayor said the market on Thursday would close early.'), [['Thursday', 'date', '2025-11-06']]);
  });
  it('says which cue decided a date\'s tense', () => {
    const sentence = 'The mayor said the market on Thursday would close early.';
    const at = sentence.indexOf('Thursday');
    const decide = tenseDecider(sentence, { start: 0, end: sentence.length });
    assert.deepEqual(decide(at, at + 8, 'clause'), { tense: 'future', by: 'cue', cue: 'would', at: sentence.indexOf('would') });
    assert.deepEqual(decide(at, at + 8), { tense: 'past', by: 'cue', cue: 'said', at: sentence.indexOf('said') });
  });
  it('keeps the reporting verb\'s past for a date that is the report\'s own, and for a quarter being reported', () => {
    assert.deepEqual(datesIn('The club said Friday it would sell the ground.'), [['Friday', 'date', '2025-10-31']]);
    assert.deepEqual(datesIn('The minister told the council on Thursday that the road would reopen.'), [['Thursday', 'date', '2025-10-30']]);
    assert.deepEqual(datesIn('The brewer said the fire in February had closed the plant.'), [['February', 'date', '2025-02']]);
    assert.deepEqual(datesIn('The retailer said it expects to report a third-quarter loss.').map(([, , value]) => value), ['2025-Q3']);
  });
  it('reads a scheduling cue under a past perfect as past ("had been scheduled to … Friday")', () => {
    assert.deepEqual(datesIn('The ferry strike had been scheduled to start on Friday.'), [['Friday', 'date', '2025-10-31']]);
    assert.deepEqual(datesIn('The auction had originally been planned for Saturday.'), [['Saturday', 'date', '2025-11-01']]);
    assert.deepEqual(datesIn('The ferry strike is scheduled to start on Friday.'), [['Friday', 'date', '2025-11-07']]);
  });
  it('writes midnight as the end of its day (T24), and does not read "won\'t" as the past "won"', () => {
    assert.deepEqual(datesIn('The truce had been scheduled to lapse at midnight Friday.'), [['midnight Friday', 'time', '2025-10-31T24']]);
    assert.deepEqual(datesIn('Leases that won\'t be renewed after March will lapse.'), [['March', 'date', '2026-03']]);
  });
  it('does not take "next to" or a causal "due to" for a future clause', () => {
    assert.deepEqual(datesIn('A car exploded next to the station on Friday.'), [['Friday', 'date', '2025-10-31']]);
    assert.deepEqual(datesIn('The match, due to rain on Saturday, was cancelled.'), [['Saturday', 'date', '2025-11-01']]);
  });
});

describe('dates (TimeML): reporting periods', () => {
  it('reads quarters with a fiscal word, a leading year, a possessive year or a trailing "of" year', () => {
    assert.deepEqual(datesIn('Sales rose in the fiscal first quarter.'), [['the fiscal first quarter', 'date', '2025-Q1']]);
    assert.deepEqual(datesIn('The bank lost money in the 2023 fourth quarter.'), [['the 2023 fourth quarter', 'date', '2023-Q4']]);
    assert.deepEqual(datesIn("Margins narrowed in this year's second quarter."), [["this year's second quarter", 'date', '2025-Q2']]);
    assert.deepEqual(datesIn('Orders fell in the first quarter of last year.'), [['the first quarter of last year', 'date', '2024-Q1']]);
    assert.deepEqual(datesIn('Profit doubled in the final quarter of 2021.'), [['the final quarter of 2021', 'date', '2021-Q4']]);
  });
  it('reads halves with their year', () => {
    assert.deepEqual(datesIn('Growth slowed in the second half of last year.'), [['the second half of last year', 'date', '2024-H2']]);
  });
  it('reads "the year-ago quarter" and "the same period a year earlier" from the period the sentence gives', () => {
    assert.deepEqual(datesIn('Revenue in the third quarter rose from the year-ago quarter.'),
      [['the third quarter', 'date', '2025-Q3'], ['the year-ago quarter', 'date', '2024-Q3']]);
    assert.deepEqual(datesIn('Net income fell from the year-earlier period.'), [['the year-earlier period', 'date', '2024-Q3']]);
    assert.deepEqual(datesIn('Car sales in March were up on the same month a year ago.'),
      [['March', 'date', '2025-03'], ['the same month a year ago', 'date', '2024-03']]);
    assert.deepEqual(datesIn('The year-ago results included a charge.'), [['year-ago', 'date', '2024-Q3']]);
    assert.deepEqual(datesIn('Sales in February rose 43% from the same period last year.'),
      [['February', 'date', '2025-02'], ['the same period last year', 'date', '2024-02']]);
  });
  it('takes a year used as a modifier of a period as one date with its noun', () => {
    assert.deepEqual(datesIn('The club won nine games in the 2010 season.'), [['the 2010 season', 'date', '2010']]);
    assert.deepEqual(datesIn('Costs rose in the 2024 fiscal year.'), [['the 2024 fiscal year', 'date', '2024']]);
    assert.deepEqual(datesIn('His 2019 campaign failed.'), [['2019', 'date', '2019']]);
  });
  it('reads "the current quarter" as the article\'s own and "the coming decade" as the next', () => {
    assert.deepEqual(datesIn('The company expects a loss in the current quarter.'), [['the current quarter', 'date', '2025-Q4']]);
    assert.deepEqual(datesIn('Demand will double in the coming decade.'), [['the coming decade', 'date', '203']]);
    assert.deepEqual(datesIn('The plan covers the current fiscal year.'), [['the current fiscal year', 'date', '2025']]);
  });
  it('keeps "the end of", "the beginning of" in the extent of the period they are part of', () => {
    assert.deepEqual(datesIn('The plant will close at the end of 2026.'), [['the end of 2026', 'date', '2026']]);
    assert.deepEqual(datesIn('Talks will resume at the beginning of March.'), [['the beginning of March', 'date', '2026-03']]);
  });
  it('reads "year-end" and a market\'s "the day" against the sentence\'s date', () => {
    assert.deepEqual(datesIn('The debt must be repaid by year-end.'), [['year-end', 'date', '2025']]);
    assert.deepEqual(datesIn('On Friday the index ended the day 2% higher.'), [['Friday', 'date', '2025-10-31'], ['the day', 'date', '2025-10-31']]);
    assert.deepEqual(datesIn('He was arrested the day before the vote.'), []);
  });
  it('marks the adjective "current" as the present, not in "current account"', () => {
    assert.deepEqual(datesIn('The current slump hurt exporters.'), [['current', 'date', 'PRESENT_REF']]);
    assert.deepEqual(datesIn('The current account deficit widened.'), []);
    assert.deepEqual(datesIn('The current was too strong for the swimmers.'), []);
  });
});

describe('dates (TimeML): durations and their bounds', () => {
  it('keeps "nearly", "at least", "more than", "a mere" and "over" a count in the extent', () => {
    assert.deepEqual(datesIn('The strike lasted nearly three weeks.'), [['nearly three weeks', 'duration', 'P3W']]);
    assert.deepEqual(datesIn('Inspectors need at least 10 days.'), [['at least 10 days', 'duration', 'P10D']]);
    assert.deepEqual(datesIn('The vote came a mere week after the flood.'), [['a mere week', 'duration', 'P1W']]);
    assert.deepEqual(datesIn('Shares hit their lowest level in over a decade.'), [['over a decade', 'duration', 'P10Y']]);
    assert.deepEqual(datesIn('The factory opened almost four years ago.'), [['almost four years ago', 'date', '2021']]);
  });
  it('leaves "over" out before "the past" and "within" out everywhere', () => {
    assert.deepEqual(datesIn('Prices rose over the past two years.'), [['the past two years', 'duration', 'P2Y']]);
    assert.deepEqual(datesIn('A deal is expected within six months.'), [['six months', 'duration', 'P6M']]);
  });
  it('reads vague counts and bare units of time', () => {
    assert.deepEqual(datesIn('The talks could take a few weeks.'), [['a few weeks', 'duration', 'PXW']]);
    assert.deepEqual(datesIn('The road was shut for several months.'), [['several months', 'duration', 'PXM']]);
    assert.deepEqual(datesIn('It may take a couple of years.'), [['a couple of years', 'duration', 'P2Y']]);
    assert.deepEqual(datesIn('Rescuers searched for hours.'), [['hours', 'duration', 'PTXH']]);
  });
  it('reads "three days later" as the duration "three days", "a year earlier" as the date it points to', () => {
    assert.deepEqual(datesIn('Three days later, the ferry sank.'), [['Three days', 'duration', 'P3D']]);
    assert.deepEqual(datesIn('The plant opened a year earlier than planned.'), [['a year earlier', 'date', '2024']]);
  });
  it('reads a sum compared with "a year ago" as the same reporting period a year back', () => {
    assert.deepEqual(datesIn('Profit was $5 million, up from $4 million a year earlier.'), [['a year earlier', 'date', '2024-Q3']]);
    assert.deepEqual(datesIn('First-quarter sales rose to $9 million from $7 million a year ago.'),
      [['First-quarter', 'date', '2025-Q1'], ['a year ago', 'date', '2024-Q1']]);
    assert.deepEqual(datesIn('Wages were 3.8 percent higher than a year earlier.'), [['a year earlier', 'date', '2024']]);
    assert.deepEqual(datesIn('The brewer swung to a profit, compared with a loss of $2.5 million a year ago.'), [['a year ago', 'date', '2024-Q3']]);
    assert.deepEqual(datesIn('The chain returned to the black, against net of 31 cents a share a year earlier.'), [['a year earlier', 'date', '2024-Q3']]);
    assert.deepEqual(datesIn('Compared with the plant a year ago, output is higher.'), [['a year ago', 'date', '2024']]);
  });
});

describe('dates (TimeML): decades and centuries', () => {
  it('reads decades with "early", "late" or "mid-", with two digits, and in words', () => {
    assert.deepEqual(datesIn('Prices peaked in the early 1980s.'), [['the early 1980s', 'date', '198']]);
    assert.deepEqual(datesIn("Sales were flat through the '80s."), [['the \'80s', 'date', '198']]);
    assert.deepEqual(datesIn('Crime fell through the nineties.'), [['the nineties', 'date', '199']]);
    assert.deepEqual(datesIn('The cars of the 70s and 80s were boxy.'), [['the 70s', 'date', '197'], ['80s', 'date', '198']]);
  });
  it('does not take an age or a temperature for a decade', () => {
    assert.deepEqual(datesIn('She moved to Paris in her 30s.'), []);
    assert.deepEqual(datesIn('Many of the workers are in the mid-50s.'), []);
    assert.deepEqual(datesIn('Highs will reach the 70s this afternoon.'), [['this afternoon', 'time', '2025-11-03TAF']]);
  });
  it('reads centuries as their TIMEX3 two digits', () => {
    assert.deepEqual(datesIn('The bridge dates from the 19th century.'), [['the 19th century', 'date', '18']]);
    assert.deepEqual(datesIn('It is an eleventh-century temple.'), [['eleventh-century', 'date', '10']]);
    assert.deepEqual(datesIn('It was the worst storm of this century.'), [['this century', 'date', '20']]);
  });
});

describe('dates (TimeML): sets', () => {
  it('reads "each" or "every" with a unit, a month, a weekday or a part of the day as a set', () => {
    assert.deepEqual(datesIn('The fair is held each July.'), [['each July', 'set', 'XXXX-07']]);
    assert.deepEqual(datesIn('The council meets each Thursday.'), [['each Thursday', 'set', 'XXXX-WXX-4']]);
    assert.deepEqual(datesIn('Buses run every week and the report comes out each year.'), [['every week', 'set', 'P1W'], ['each year', 'set', 'P1Y']]);
    assert.deepEqual(datesIn('Guards patrol every night.'), [['every night', 'set', 'XXXX-XX-XXTNI']]);
    assert.deepEqual(datesIn('Readings are taken hourly.'), [['hourly', 'set', 'PT1H']]);
  });
  it('reads a weekday with a plural part of the day as a set', () => {
    assert.deepEqual(datesIn('The show airs on Tuesday nights.'), [['Tuesday nights', 'set', 'XXXX-WXX-2TNI']]);
  });
  it('writes a count of quarters in quarters', () => {
    assert.deepEqual(datesIn('Earnings fell over the past two quarters.'), [['the past two quarters', 'duration', 'P2Q']]);
  });
});

describe('dates (TimeML): years of account', () => {
  it('reads "the year ended June 30" as the twelve months of a reporting year', () => {
    assert.deepEqual(datesIn('Net income for the year ended June 30 rose 4%.'), [['the year', 'duration', 'P1Y'], ['June 30', 'date', '2025-06-30']]);
    assert.deepEqual(datesIn('Sales were flat for the year.'), [['the year', 'date', '2025']]);
  });
  it('writes "the following year" at its own unit, whatever the day it shifts', () => {
    assert.deepEqual(datesIn('The firm was founded on May 22, 1995, and listed the following year.'),
      [['May 22, 1995', 'date', '1995-05-22'], ['the following year', 'date', '1996']]);
  });
});

describe('dates (TimeML): periods and references in words', () => {
  it('reads "the latest period" as the last full quarter, "the full year" and "the week" as the sentence\'s', () => {
    assert.deepEqual(datesIn('Revenue rose 8% in the latest period.'), [['the latest period', 'date', '2025-Q3']]);
    assert.deepEqual(datesIn('The firm cut its forecast for the full year.'), [['the full year', 'date', '2025']]);
    assert.deepEqual(datesIn('Shares gained 3% for the week.'), [['the week', 'date', '2025-W45']]);
  });
  it('reads "the near future", "the long term" and "these days" as references', () => {
    assert.deepEqual(datesIn('No deal is likely in the near future.'), [['the near future', 'date', 'FUTURE_REF']]);
    assert.deepEqual(datesIn('The plan pays off in the long term.'), [['the long term', 'date', 'FUTURE_REF']]);
    assert.deepEqual(datesIn('Few people read maps these days.'), [['these days', 'date', 'PRESENT_REF']]);
  });
});

describe('dates (TimeML): "over" as "more than"', () => {
  it('keeps "over" after a preposition or a verb of lasting, not where it means "across"', () => {
    assert.deepEqual(datesIn('The tour will last over a week.'), [['over a week', 'duration', 'P1W']]);
    assert.deepEqual(datesIn('The rules evolved over several years.'), [['several years', 'duration', 'PXY']]);
  });
});

describe('dates (TimeML): spoken years', () => {
  it('reads years written out as spoken, with a month or season, and "the year two thousand"', () => {
    assert.deepEqual(datesIn('The law passed in nineteen ninety-six.'), [['nineteen ninety-six', 'date', '1996']]);
    assert.deepEqual(datesIn('Nineteen eighty-nine was a year of change.'), [['Nineteen eighty-nine', 'date', '1989']]);
    assert.deepEqual(datesIn('It happened in March nineteen eighty-two.'), [['March nineteen eighty-two', 'date', '1982-03']]);
    assert.deepEqual(datesIn('He left in the summer of nineteen seventy.'), [['the summer of nineteen seventy', 'date', '1970-SU']]);
    assert.deepEqual(datesIn('Plans for the year two thousand were shelved.'), [['the year two thousand', 'date', '2000']]);
  });
  it('leaves counts alone', () => {
    assert.deepEqual(datesIn('Nineteen people and two thousand sheep were rescued.'), []);
  });
});

describe('dates (TimeML): anaphoric periods and hyphenated edges', () => {
  it('reads "that year", "later that day" and "the same week" as the period of the date before them', () => {
    assert.deepEqual(datesIn('He moved to Rome in June 2019 and returned later that year.'),
      [['June 2019', 'date', '2019-06'], ['later that year', 'date', '2019']]);
    assert.deepEqual(datesIn('The ferry sank on Oct. 12; the captain resigned that same day.'),
      [['Oct. 12', 'date', '2025-10-12'], ['that same day', 'date', '2025-10-12']]);
  });
  it('keeps "late-" and "early-" in a month\'s extent', () => {
    assert.deepEqual(datesIn('Sales slumped in late-October.'), [['late-October', 'date', '2025-10']]);
  });
});

describe('dates (TimeML): counted units with a word between, lengths as adjectives', () => {
  it('reads "two more weeks", "six straight days", "eight trading days" and "another year" as durations', () => {
    assert.deepEqual(datesIn('The envoy will stay for two more weeks.'), [['two more weeks', 'duration', 'P2W']]);
    assert.deepEqual(datesIn('Shares fell for six straight days.'), [['six straight days', 'duration', 'P6D']]);
    assert.deepEqual(datesIn('The economy shrank for two consecutive quarters.'), [['two consecutive quarters', 'duration', 'P2Q']]);
    assert.deepEqual(datesIn('The lease was extended for another year.'), [['another year', 'duration', 'P1Y']]);
  });
  it('writes an uncounted number of decades in years, as counted decades are (P10Y)', () => {
    assert.deepEqual(datesIn('The feud went on for decades.'), [['decades', 'duration', 'PXY']]);
  });
  it('reads a count and a half with a decimal fraction on its unit', () => {
    assert.deepEqual(datesIn('The pair spent 3 1/2 years in exile.'), [['3 1/2 years', 'duration', 'P3.5Y']]);
    assert.deepEqual(datesIn('Rescuers dug for two and a half hours.'), [['two and a half hours', 'duration', 'PT2.5H']]);
    assert.deepEqual(datesIn('The repairs took a month and a half.'), [['a month and a half', 'duration', 'P1.5M']]);
    assert.deepEqual(datesIn('She led the band for two and a half decades.'), [['two and a half decades', 'duration', 'P25Y']]);
    assert.deepEqual(datesIn('The shares rose 2 1/2 points.'), []);
  });
  it('reads "day-long" and "decades-long" as durations', () => {
    assert.deepEqual(datesIn('It ended a decades-long feud after a day-long meeting.'),
      [['decades-long', 'duration', 'PXY'], ['day-long', 'duration', 'P1D']]);
  });
});
