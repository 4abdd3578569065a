import * as assert from 'node:assert/strict';
import { LineWordCounts } from '../../../src/engine/text/lineWordCounts';

describe('words counted by line between runs', () => {
  it('adds the lines that came, subtracts the lines that went, and counts a repeated line each time', () => {
    const a = { words: ['geneva', 'fund'] }, b = { words: ['fund'] }, c = { words: ['sion'] };
    const counts = new LineWordCounts<{ words: string[] }>((line) => line.words);
    assert.deepEqual([...counts.update([a, b])], [['geneva', 1], ['fund', 2]]);
    assert.deepEqual([...counts.update([a, b, b])], [['geneva', 1], ['fund', 3]]);
    assert.deepEqual(new Map(counts.update([b, c])), new Map([['fund', 1], ['sion', 1]]), 'a word no line writes any more is gone');
    assert.deepEqual([...counts.update([])], []);
  });
});
