// The seed article must come out right: every date with its value, each percentage, the gas quantity, the "two",
// and nothing spurious. The article is read from the shared corpus, never copied into the repository.
import assert from 'node:assert/strict';
import { seedArticlePath } from '../../../scripts/shared.mjs';
import { findDatesAndFigures } from '../../../src/engine/dates';
import type { Mention } from '../../../src/engine/types';
import { SEED_FACTS } from '../../fixtures/seedArticle';
import { needsShared } from '../helpers/needsShared';
import { seedText } from './helpers/seedArticle';

/** Runs the sentence-level finder over each line (every seed line is one paragraph), offsets into the whole text. */
function mentionsByLine(text: string, articleDate: string): Mention[] {
  const mentions: Mention[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    mentions.push(...findDatesAndFigures(text, { start: lineStart, end: lineStart + line.length }, articleDate));
    lineStart += line.length + 1;
  }
  return mentions;
}

describe('seed article: dates and figures', function () {
  let text = '';
  let mentions: Mention[] = [];
  before(function () {
    needsShared(this, seedArticlePath());
    text = seedText();
    mentions = mentionsByLine(text, SEED_FACTS.articleDate);
  });

  it('finds exactly the expected dates and figures, with their values, in document order', () => {
    const found = mentions.map(({ text: written, kind, dateType, figureType, value, unit }) =>
      ({ text: written, kind, ...(dateType ? { dateType } : {}), ...(figureType ? { figureType } : {}), value, ...(unit ? { unit } : {}) }));
    assert.deepEqual(found, SEED_FACTS.datesAndFigures);
  });

  it('gives offsets into the whole article with clean edges', () => {
    for (const mention of mentions) {
      assert.equal(text.slice(mention.start, mention.end), mention.text);
      assert.match(mention.text, /^[^\s\p{P}].*[^\s\p{P}]$|^[^\s\p{P}]$|%$/u, `unclean span "${mention.text}"`);
    }
  });

  it('takes nothing spurious for a date or figure', () => {
    const texts = mentions.map((mention) => mention.text.toLowerCase());
    for (const spurious of ['in', 'down', 'year', 'year,', 'year-on-year', '2024', '2022', 'on friday', 'on monday', '2']) {
      assert.ok(!texts.includes(spurious), `"${spurious}" should not be a mention`);
    }
  });
});
