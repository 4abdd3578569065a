import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/format';

describe('LineIndex', () => {
  it('gives 1-based line and column for LF, CRLF and lone CR line endings', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    const index = new LineIndex(text);
    for (const [word, line] of [['one', 1], ['two', 2], ['three', 3], ['four', 4]] as const) {
      assert.deepEqual(index.positionAt(text.indexOf(word)), { line, column: 1 });
    }
    assert.equal(index.label(text.indexOf('hree')), '3:2');
  });

  it('counts columns in UTF-16 code units, so an emoji before a name takes two', () => {
    const text = 'x\n😀 Li Qiang';
    assert.deepEqual(new LineIndex(text).positionAt(text.indexOf('Li')), { line: 2, column: 4 });
  });

  it('places an offset at the end of the text on the last line', () => {
    const text = 'a\nbc\n';
    assert.deepEqual(new LineIndex(text).positionAt(text.length), { line: 3, column: 1 });
  });
});
