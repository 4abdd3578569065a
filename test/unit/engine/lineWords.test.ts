// The packed forms a one-shot analysis keeps instead of objects: they must give back exactly what they packed.
import assert from 'node:assert/strict';
import { tagText } from '../../../src/engine/tagger';
import { Int32Stack } from '../../../src/engine/text/int32Stack';
import { documentText } from '../../../src/engine/text/lines';
import { LineWords } from '../../../src/engine/text/lineWords';
import { RunMemo } from '../../../src/engine/text/runMemo';
import { splitSentences } from '../../../src/engine/text/sentences';
import { tokenize } from '../../../src/engine/text/tokens';

describe('packed words', () => {
  it('gives each sentence the tokens tokenize gives, non-ASCII and dotted words included', () => {
    const line = 'Mr. José Müller of the U.S. met O’Brien. Then 1,200.50 people left! “Ça va,” said Zoë.';
    const sentences = splitSentences(line);
    const words = new LineWords(line, sentences);
    assert.ok(sentences.length >= 3);
    assert.deepEqual(words.all(), sentences.map((sentence) => tokenize(line, sentence)));
    sentences.forEach((sentence, k) => assert.deepEqual(words.sentence(k), tokenize(line, sentence)));
  });

  it('keeps the tokens of the last line read only: the rules reading the line typed into share them, a file keeps none', () => {
    const line = 'Police detained Wang in Beijing. Wang said nothing.';
    const words = new LineWords(line, splitSentences(line));
    const other = new LineWords('Ana Ruiz left.', splitSentences('Ana Ruiz left.'));
    const first = words.sentence(1);
    assert.equal(words.sentence(1), first);
    assert.equal(words.all()[1], first);
    other.sentence(0);
    const again = words.sentence(1);
    assert.notEqual(again, first);
    assert.deepEqual(again, first);
  });

  it('has no words for a blank line', () => {
    assert.deepEqual(new LineWords('', []).all(), []);
    assert.deepEqual(new LineWords('   ', splitSentences('   ')).all(), splitSentences('   ').map(() => []));
  });

  it('keeps integers past its first buffer', () => {
    const stack = new Int32Stack();
    for (let i = 0; i < 5000; i++) stack.push(i * 7 - 3);
    assert.equal(stack.length, 5000);
    assert.deepEqual([stack.at(0), stack.at(1023), stack.at(1024), stack.at(4999)], [-3, 1023 * 7 - 3, 1024 * 7 - 3, 4999 * 7 - 3]);
  });

  it('keeps integers across its blocks, each where it was pushed', () => {
    const stack = new Int32Stack();
    const count = 3 * 65536 + 17;
    for (let i = 0; i < count; i++) stack.push(i ^ 0x5a5a);
    assert.equal(stack.length, count);
    for (const i of [0, 65535, 65536, 65537, 2 * 65536 - 1, 2 * 65536, 3 * 65536, count - 1]) assert.equal(stack.at(i), i ^ 0x5a5a, `at ${i}`);
  });

  it('tags a text in one go exactly as the memo path does, the stacked second pass included', () => {
    const text = 'Wang Dan said on Monday.\n\nPolice detained Wang in Beijing. Wang said nothing.\r\nReporting by Li Wei; editing by Ana Ruiz\n';
    const once = tagText(text);
    assert.ok(once.names.length >= 4, JSON.stringify(once.names));
    assert.deepEqual(once, tagText(text, documentText(text, new RunMemo()), new WeakMap()));
  });
});
