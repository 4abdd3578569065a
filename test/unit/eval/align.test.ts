import assert from 'node:assert/strict';
import { alignToTokens, charSpanToTokens, trimEdgePunctuation } from '../../../scripts/eval/align';
import { rebuildText } from '../../../scripts/eval/rebuild';

describe('eval: mapping engine spans back to tokens', () => {
  const { text, offsets } = rebuildText([['"', 'Li', 'Qiang', ',', 'of', 'the', 'U.S.', ',', 'paid', '$', '5', 'and', '8.45', '%', '.']]);
  const tokens = offsets[0];
  const spanOf = (piece: string): [number, number] => [text.indexOf(piece), text.indexOf(piece) + piece.length];

  it('trims quotes, commas and spaces at the edges but not inside', () => {
    const trimmed = trimEdgePunctuation(text, ...spanOf('" Li Qiang,'));
    assert.equal(text.slice(trimmed!.start, trimmed!.end), 'Li Qiang');
    assert.equal(trimEdgePunctuation('a , b', 2, 3), undefined);
  });

  it('maps a span with edge punctuation to the same tokens as the clean span', () => {
    assert.deepEqual(alignToTokens(text, tokens, ...spanOf('" Li Qiang,')), { firstToken: 1, endToken: 3 });
    assert.deepEqual(alignToTokens(text, tokens, ...spanOf('Li Qiang')), { firstToken: 1, endToken: 3 });
  });

  it('keeps an abbreviation whole, and keeps the currency and percent signs', () => {
    assert.deepEqual(alignToTokens(text, tokens, ...spanOf('U.S.')), { firstToken: 6, endToken: 7 });
    assert.deepEqual(alignToTokens(text, tokens, ...spanOf('$5')), { firstToken: 9, endToken: 11 });
    assert.deepEqual(alignToTokens(text, tokens, ...spanOf('8.45 %')), { firstToken: 12, endToken: 14 });
  });

  it('counts a token the span only partly covers, and nothing for a span between tokens', () => {
    assert.deepEqual(charSpanToTokens(tokens, ...spanOf('Qian')), { firstToken: 2, endToken: 3 });
    const space = text.indexOf(' of');
    assert.equal(charSpanToTokens(tokens, space, space + 1), undefined);
  });
});
