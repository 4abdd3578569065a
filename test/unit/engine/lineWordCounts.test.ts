import * as assert from 'node:assert/strict';
import { changedRange, LineWordCounts } from '../../../src/engine/text/lineWordCounts';

describe('words counted by line between runs', () => {
  it('adds the lines that came, subtracts the lines that went, and counts a repeated line each time', () => {
    const a = { words: ['geneva', 'fund'] }, b = { words: ['fund'] }, c = { words: ['sion'] };
    const counts = new LineWordCounts<{ words: string[] }>((line) => line.words);
    assert.deepEqual([...counts.update([a, b])], [['geneva', 1], ['fund', 2]]);
    assert.deepEqual([...counts.update([a, b, b])], [['geneva', 1], ['fund', 3]]);
    assert.deepEqual(new Map(counts.update([b, c])), new Map([['fund', 1], ['sion', 1]]), 'a word no line writes any more is gone');
    assert.deepEqual([...counts.update([])], []);
  });

  it('finds the one changed stretch between two runs\' lines, from both ends', () => {
    const [a, b, c, d] = [{}, {}, {}, {}];
    assert.deepEqual(changedRange([a, b, c], [a, d, c]), { start: 1, oldEnd: 2, newEnd: 2 });
    assert.deepEqual(changedRange([a, b], [a, b, b]), { start: 2, oldEnd: 2, newEnd: 3 });
    assert.deepEqual(changedRange([a, a, a], [a]), { start: 1, oldEnd: 3, newEnd: 1 });
    assert.deepEqual(changedRange([], [a]), { start: 0, oldEnd: 0, newEnd: 1 });
  });

  for (const keepAdded of [false, true]) it(`matches counting every line afresh through edits, moves and repeats, and names every word that came or went${keepAdded ? ', keeping the words of the lines it adds' : ''}`, () => {
    const lines = [['geneva', 'fund'], ['fund'], ['sion'], [], ['geneva', 'geneva']].map((words) => ({ words }));
    const counts = new LineWordCounts<{ words: string[] }>((line) => [...line.words], keepAdded);
    let seed = 7;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const fresh = (doc: { words: string[] }[]): Map<string, number> => {
      const words = new Map<string, number>();
      for (const line of doc) for (const word of line.words) words.set(word, (words.get(word) ?? 0) + 1);
      return words;
    };
    let doc: { words: string[] }[] = [];
    for (let run = 0; run < 300; run++) {
      const next = [...doc];
      const at = random(next.length + 1);
      next.splice(at, random(3), ...Array.from({ length: random(3) }, () => lines[random(lines.length)]));
      const before = new Set(fresh(doc).keys());
      assert.deepEqual(new Map(counts.update(next)), fresh(next));
      const after = new Set(fresh(next).keys());
      for (const word of [...before, ...after]) if (before.has(word) !== after.has(word)) assert.ok(counts.presenceChanged.has(word), word);
      doc = next;
    }
  });
});
