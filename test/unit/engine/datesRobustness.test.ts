// Hostile input for the sentence-level finder: long runs of numbers and dates, periods, emoji, empty ranges.
import assert from 'node:assert/strict';
import { findDatesAndFigures } from '../../../src/engine/dates';
import type { Mention } from '../../../src/engine/types';

/** Every mention's text matches its offsets and has clean edges (abbreviation periods and "%" allowed at the end). */
function assertWellFormed(text: string, mentions: Mention[]): void {
  for (const mention of mentions) {
    assert.equal(text.slice(mention.start, mention.end), mention.text);
    assert.doesNotMatch(mention.text, /^[\s\p{P}]|\s$/u, `unclean start or end in "${mention.text}"`);
    const withoutAllowedEnd = mention.text.replace(/(?:\b[a-z]\.[a-z]\.|\b(?:Nov|Sept|Dec)\.|%)$/i, 'x');
    assert.doesNotMatch(withoutAllowedEnd, /[\s\p{P}]$/u, `trailing punctuation in "${mention.text}"`);
  }
}

describe('dates and figures: robustness', () => {
  it('handles a 2,000-character sentence of numbers and dates', () => {
    const unit = 'on Friday, Nov. 3, 2025, 21% of $40 million, two hundred and fifty, 1,200 bcm per year at 2:30 p.m.; ';
    const text = unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
    const mentions = findDatesAndFigures(text, { start: 0, end: text.length }, '2025-11-03');
    assertWellFormed(text, mentions);
    assert.ok(mentions.filter((m) => m.value === '2025-11-03').length >= 15, 'each repeated "Nov. 3, 2025" is found');
    assert.ok(mentions.filter((m) => m.figureType === 'percent').length >= 15, 'each repeated "21%" is found');
  });
  it('handles runs of periods, digits and number words', () => {
    for (const text of ['.'.repeat(2000), '9'.repeat(2000), 'hundred '.repeat(250), '1,'.repeat(1000), 'one two '.repeat(250)]) {
      assertWellFormed(text, findDatesAndFigures(text, { start: 0, end: text.length }, '2025-11-03'));
    }
  });
  it('keeps UTF-16 offsets right after emoji and other surrogate pairs', () => {
    const text = '🇨🇳🤝🇷🇺 Talks were held on Friday and trade fell 21%.';
    const mentions = findDatesAndFigures(text, { start: 0, end: text.length }, '2025-11-03');
    assert.deepEqual(mentions.map((m) => text.slice(m.start, m.end)), ['Friday', '21%']);
  });
  it('returns nothing for an empty or out-of-range sentence', () => {
    assert.deepEqual(findDatesAndFigures('', { start: 0, end: 0 }, '2025-11-03'), []);
    assert.deepEqual(findDatesAndFigures('Friday', { start: 10, end: 20 }, '2025-11-03'), []);
  });
  it('refuses an impossible article date with a clear error', () => {
    assert.throws(() => findDatesAndFigures('on Friday', { start: 0, end: 9 }, '2025-02-30'), /YYYY-MM-DD/);
  });
});
