// Calendar arithmetic behind every resolved date: leap years, month ends, ISO weeks at New Year.
import assert from 'node:assert/strict';
import { addDays, addMonths, formatAt, isValidDay, isoWeekOf, parseIsoDay, weekdayOf } from '../../../src/engine/dates/calendar';

describe('dates: calendar arithmetic', () => {
  it('knows which days exist', () => {
    assert.equal(isValidDay(2024, 2, 29), true);
    assert.equal(isValidDay(2025, 2, 29), false);
    assert.equal(isValidDay(2025, 2, 30), false);
    assert.equal(isValidDay(2025, 13, 1), false);
    assert.equal(parseIsoDay('2025-02-30'), undefined);
    assert.deepEqual(parseIsoDay('2025-11-03'), { year: 2025, month: 11, day: 3 });
  });
  it('moves across month and year ends', () => {
    assert.deepEqual(addDays({ year: 2026, month: 1, day: 2 }, -7), { year: 2025, month: 12, day: 26 });
    assert.deepEqual(addMonths({ year: 2024, month: 3, day: 31 }, -1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addMonths({ year: 2026, month: 1, day: 15 }, -1), { year: 2025, month: 12, day: 15 });
  });
  it('names weekdays and ISO weeks, including the week that straddles New Year', () => {
    assert.equal(weekdayOf({ year: 2025, month: 11, day: 3 }), 1);
    assert.deepEqual(isoWeekOf({ year: 2025, month: 11, day: 3 }), { year: 2025, week: 45 });
    assert.deepEqual(isoWeekOf({ year: 2024, month: 12, day: 30 }), { year: 2025, week: 1 });
    assert.equal(formatAt({ year: 2021, month: 1, day: 3 }, 'week'), '2020-W53');
  });
  it('formats values at each granularity', () => {
    const day = { year: 2025, month: 11, day: 3 };
    assert.deepEqual(['day', 'month', 'quarter', 'year', 'decade'].map((unit) => formatAt(day, unit as 'day')),
      ['2025-11-03', '2025-11', '2025-Q4', '2025', '202']);
  });
});
