// The hover card's words for a date: the weekday must be right in every year, the first century included; values that
// are no day read as the sidebar writes them; and where the article date came from, with a warning for a guess.
import * as assert from 'node:assert/strict';
import type { ArticleDateSource } from '../../../src/engine/types';
import { articleDateNote, canSetArticleDate, describeDateValue } from '../../../src/editor/dateDescription';

describe('describeDateValue', () => {
  it('spells out a day with its weekday', () => {
    assert.equal(describeDateValue('2025-10-31'), 'Friday 31 October 2025');
  });

  it('gives the weekday of a day in the years 1-99, not of the same day in the 1900s', () => {
    // 3 March 0050 was a Thursday (proleptic Gregorian, as Python's datetime gives it); 3 March 1950 was a Friday.
    assert.equal(describeDateValue('0050-03-03'), 'Thursday 3 March 50');
  });

  it('spells out a month, writes other values as the sidebar does, and leaves unknown values as they are', () => {
    assert.equal(describeDateValue('2024-08'), 'August 2024');
    assert.equal(describeDateValue('P3D', 'duration'), '3 days');
    assert.equal(describeDateValue('2027-SP', 'date'), 'spring 2027');
    assert.equal(describeDateValue('XXXX-WXX-1', 'set'), 'every Monday');
    assert.equal(describeDateValue('2026-W99-ZZ'), '2026-W99-ZZ');
  });
});

describe('articleDateNote', () => {
  const note = (source: ArticleDateSource) => articleDateNote({ value: '2025-11-03', source });

  it('states plainly where a stated date came from, with the day in full and no warning', () => {
    assert.deepEqual(note('dateline'), { text: 'Article date Monday 3 November 2025, from the dateline', warning: false });
    assert.deepEqual(note('date-line'), { text: 'Article date Monday 3 November 2025, from the Date: line', warning: false });
    assert.deepEqual(note('front-matter'), { text: "Article date Monday 3 November 2025, from the front matter's date", warning: false });
    assert.match(note('byline').text, /from the publication date at the top$/);
    assert.match(note('updated').text, /from the Updated line, as the text states no publication date$/);
    assert.match(note('setting').text, /from the newsLens\.articleDate setting, as the text states no date$/);
    assert.match(note('option').text, /as given to News Lens$/);
  });

  it('warns when the date is only the file\'s modification day or today', () => {
    assert.deepEqual(note('file'), { text: '⚠ Article date Monday 3 November 2025 is only the day the file was last modified: the text states no date', warning: true });
    assert.equal(note('today').warning, true);
    assert.match(note('today').text, /^⚠ Article date Monday 3 November 2025 is only today's date: the text states no date/);
  });

  it('offers "Set article date" only where the text states no publication date', () => {
    const settable = (['option', 'front-matter', 'dateline', 'byline', 'date-line', 'updated', 'setting', 'file', 'today'] as const).filter(canSetArticleDate);
    assert.deepEqual(settable, ['updated', 'setting', 'file', 'today']);
  });
});
