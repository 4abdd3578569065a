import * as assert from 'node:assert/strict';
import { capitalisedInDocument, featureStrings, hashFeature, wordShape } from '../../../src/engine/tagger/features';

describe('tagger features', () => {
  it('word shapes collapse runs', () => {
    assert.equal(wordShape('London'), 'Xxx');
    assert.equal(wordShape('U.S.'), 'X.X.');
    assert.equal(wordShape('1996'), 'dd');
  });
  it('include context words, bigrams and gazetteer hits', () => {
    const words = ['Mr.', 'Li', 'Qiang', 'said'];
    const f = featureStrings(words, 1, { gazetteer: new Map([['Li Qiang', 'PER']]) }, new Set());
    assert.ok(f.includes('w-1=mr.'));
    assert.ok(f.includes('w1=qiang'));
    assert.ok(f.includes('b+1=li|qiang'));
    assert.ok(f.includes('g2:0=PER'));
  });
  it('reads the lexicon: the classes of every entry over a capitalised word, and of the one-word entries beside it', () => {
    const lexicon = new Map([['Ingrid', 'first'], ['Nyberg', 'last'], ['Lund', 'city|last'], ['Ingrid Nyberg', 'wnper']]);
    const f = featureStrings(['Ingrid', 'Nyberg', 'of', 'Lund'], 1, { gazetteer: new Map(), lexicon }, new Set());
    assert.ok(f.includes('x1:0=last'), 'its own entry');
    assert.ok(f.includes('x2:1=wnper'), 'the two-word entry it ends');
    assert.ok(f.includes('x-1=first'), 'a first name just before');
    const lund = featureStrings(['Ingrid', 'Nyberg', 'of', 'Lund'], 3, { gazetteer: new Map(), lexicon }, new Set());
    assert.ok(lund.includes('x1:0=city') && lund.includes('x1:0=last'), 'each class of an entry with two');
    assert.ok(!featureStrings(['Ingrid', 'Nyberg', 'of', 'Lund'], 2, { gazetteer: new Map(), lexicon }, new Set()).some((x) => /^x(\d:|-1=|1=)/.test(x)),
      'none on a lower-case word');
  });
  it('marks words never capitalised mid-sentence elsewhere in the document', () => {
    const caps = capitalisedInDocument([['The', 'deal'], ['He', 'met', 'The', 'Times']]);
    assert.ok(caps.has('times') && !caps.has('deal'));
  });
  it('hashes with 32-bit FNV-1a, as the shipped models were trained (their weights are kept by these hashes)', () => {
    // FNV-1a's published test vectors: a hash that changed, even deterministically, would make the models read wrong weights.
    assert.equal(hashFeature(''), 0x811c9dc5);
    assert.equal(hashFeature('a'), 0xe40c292c);
    assert.equal(hashFeature('foobar'), 0xbf9cf968);
    assert.notEqual(hashFeature('w=London'), hashFeature('w=Londons'));
  });
});
