// The short lists of answers the incremental memos keep for a line or sentence read in more than one setting.
import assert from 'node:assert/strict';
import { keepRecent, takeRecent } from '../../../src/engine/text/recentFirst';

describe('answers kept most recent first', () => {
  it('finds the answer that fits and moves it to the front, leaving the others in order', () => {
    const kept = ['a1', 'b1', 'c1'];
    assert.equal(takeRecent(kept, (answer) => answer.startsWith('c')), 'c1');
    assert.deepEqual(kept, ['c1', 'a1', 'b1']);
    assert.equal(takeRecent(kept, (answer) => answer.startsWith('z')), undefined);
    assert.equal(takeRecent(undefined, () => true), undefined);
  });

  it('keeps a new answer first and drops the oldest past the limit; an answer kept again moves, never doubles', () => {
    const kept: string[] = [];
    for (const answer of ['a', 'b', 'c', 'd']) keepRecent(kept, answer, 3);
    assert.deepEqual(kept, ['d', 'c', 'b']);
    keepRecent(kept, 'b', 3);
    assert.deepEqual(kept, ['b', 'd', 'c']);
  });
});
