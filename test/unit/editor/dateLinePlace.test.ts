// Where "Set article date…" writes its Date: line: under the headline, after any front matter, else at the very top.
import * as assert from 'node:assert/strict';
import { dateLinePlace } from '../../../src/editor/dateLinePlace';

const placeIn = (text: string) => {
  const lines = text.split('\n');
  return dateLinePlace((line) => lines[line], lines.length);
};

describe('dateLinePlace', () => {
  it('goes under a headline', () => {
    assert.deepEqual(placeIn('ALPINE TOWNS PLEDGE 1.2 BILLION FRANCS\nBy Clara Vidal\n\nGENEVA - ...'), { line: 1, underHeadline: true });
  });

  it('goes at the top when the draft opens with a paragraph, a blank line or is a single line', () => {
    assert.deepEqual(placeIn(`${'The council voted on Friday to close the pool. '.repeat(6)}\nMore.`), { line: 0, underHeadline: false });
    assert.deepEqual(placeIn('\nHeadline\nBody'), { line: 0, underHeadline: false });
    assert.deepEqual(placeIn('Only line'), { line: 0, underHeadline: false });
  });

  it('goes after front matter, under the headline that follows it', () => {
    assert.deepEqual(placeIn('---\ntitle: Water\n---\n# Towns pledge money\nBody'), { line: 4, underHeadline: true });
    assert.deepEqual(placeIn('+++\ntitle = "Water"\n+++\n# Towns pledge money\nBody'), { line: 4, underHeadline: true });
  });

  it('takes an unclosed --- for a rule, not front matter', () => {
    assert.deepEqual(placeIn('---\nHeadline\nBody'), { line: 1, underHeadline: true });
  });
});
