// The sentence a Facts mention row shows in its tooltip: the whole sentence around the mention, never its neighbours.
import * as assert from 'node:assert/strict';
import { sentenceAround } from '../../../src/views/sentenceAround';

/** The parts around the first occurrence of `mention` in `text`. */
function around(text: string, mention: string, cutBefore = false, cutAfter = false) {
  const start = text.indexOf(mention);
  return sentenceAround(text, start, start + mention.length, cutBefore, cutAfter);
}

describe('the sentence around a mention', () => {
  const paragraph = 'The fund was launched in Geneva. It was launched by Environment Minister Sophie Marchetti and Jonas Berger. Critics said little.';

  it('is the whole sentence that holds it, split around it', () => {
    assert.deepEqual(around(paragraph, 'Sophie Marchetti'), { before: 'It was launched by Environment Minister ', mention: 'Sophie Marchetti', after: ' and Jonas Berger.' });
    assert.deepEqual(around(paragraph, 'The fund'), { before: '', mention: 'The fund', after: ' was launched in Geneva.' });
    assert.deepEqual(around(paragraph, 'little'), { before: 'Critics said ', mention: 'little', after: '.' });
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    const text = 'Earlier news. Mr. J. Smith of Acme Corp. met U.S. officials on Monday. Later news.';
    assert.deepEqual(around(text, 'Monday'), { before: 'Mr. J. Smith of Acme Corp. met U.S. officials on ', mention: 'Monday', after: '.' });
  });

  it('keeps a quotation of several sentences whole, with what follows it in its last sentence', () => {
    const text = 'Before. "The money matters less. For the first time, every valley will know," said Elena Rossi. After.';
    assert.deepEqual(around(text, 'The money matters less. For the first time, every valley will know'),
      { before: '"', mention: 'The money matters less. For the first time, every valley will know', after: '," said Elena Rossi.' });
  });

  it('collapses whitespace and marks where the text it was given was cut from a longer line', () => {
    assert.deepEqual(around('words  before\tthe  name   and after', 'the  name', true, true), { before: '…words before ', mention: 'the name', after: ' and after…' });
  });
});
