// Which figures the editor leaves unpainted by default (newsLens.highlight.minorFigures): ordinals and bare numbers
// one to ten, never money, a percentage or a quantity, however small.
import * as assert from 'node:assert/strict';
import type { Analysis, Mention } from '../../../src/engine/types';
import { isMinorFigure, minorFigureMentions } from '../../../src/editor/minorFigures';

const figure = (text: string, figureType: Mention['figureType'], value: number | string, unit?: string): Mention =>
  ({ kind: 'figure', start: 0, end: text.length, text, figureType, value, ...(unit ? { unit } : {}) });

describe('minor figures', () => {
  it('are ordinals and bare whole numbers from one to ten', () => {
    for (const mention of [figure('first', 'ordinal', 1), figure('second', 'ordinal', 2), figure('21st', 'ordinal', 21),
      figure('one', 'number', 1), figure('three', 'number', 3), figure('7', 'number', 7), figure('ten', 'number', 10)]) {
      assert.equal(isMinorFigure(mention), true, mention.text);
    }
  });

  it('are never larger or fractional numbers, money, percentages or quantities', () => {
    for (const mention of [figure('11', 'number', 11), figure('40', 'number', 40), figure('300', 'number', 300), figure('zero', 'number', 0),
      figure('roughly a quarter', 'number', 0.25), figure('2.5', 'number', 2.5), figure('$5', 'money', 5, 'USD'),
      figure('3%', 'percent', 3, '%'), figure('two tonnes', 'quantity', 2, 'tonnes')]) {
      assert.equal(isMinorFigure(mention), false, mention.text);
    }
  });

  it('are never a mention of another kind, whatever its value', () => {
    assert.equal(isMinorFigure({ kind: 'date', start: 0, end: 5, text: 'three', value: 3 } as Mention), false);
  });

  it('are worked out once per analysis: the same set for every later paint of the same result', () => {
    const mentions = [figure('40', 'number', 40), figure('first', 'ordinal', 1), figure('3%', 'percent', 3, '%'), figure('two', 'number', 2)];
    const analysis = { mentions, entities: [], articleDate: { value: '2026-03-12', source: 'today' }, analysedChars: 0, warnings: [] } as Analysis;
    const minor = minorFigureMentions(analysis);
    assert.deepEqual([...minor], [1, 3]);
    assert.equal(minorFigureMentions(analysis), minor);
  });
});
