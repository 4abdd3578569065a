// Which way a percentage moved, as the hover card says it.
import assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { toContractMention } from '../../../src/format';

/** [text, change] of every percentage in the text. */
const changesIn = (text: string): Array<[string, string | undefined]> =>
  analyse(text, { articleDate: '2025-11-03' }).mentions.filter((m) => m.figureType === 'percent').map((m) => [m.text, m.change]);

describe('percent changes', () => {
  it('reads a fall from the words before or after the figure', () => {
    assert.deepEqual(changesIn('Exports fell 7% in March, down 21% year-on-year, after a 17.8% contraction.'),
      [['7%', 'fall'], ['21%', 'fall'], ['17.8%', 'fall']]);
  });

  it('reads a rise from the words before or after the figure', () => {
    assert.deepEqual(changesIn('Imports rose 4% and sales were up 12%, with a 3.8% rise in services.'), [['4%', 'rise'], ['12%', 'rise'], ['3.8%', 'rise']]);
  });

  it('says nothing of a share that did not move', () => {
    assert.deepEqual(changesIn('The state holds 51% of the company.'), [['51%', undefined]]);
  });

  it('keeps the direction out of the command-line contract', () => {
    const figure = analyse('Sales fell 7%.').mentions.find((m) => m.figureType === 'percent');
    assert.equal(figure?.change, 'fall');
    assert.ok(figure && !('change' in toContractMention(figure)));
  });
});
