// A name never holds half of a bracket pair, whatever the tagger's scores say.
import assert from 'node:assert/strict';
import { decodeWithBrackets } from '../../../src/engine/tagger/brackets';
import { NAME_LABELS } from '../../../src/engine/tagger/labels';
import { tagText } from '../../../src/engine/tagger/index';

const L = NAME_LABELS.length;
const at = (name: string): number => NAME_LABELS.indexOf(name);

/** Emission rows (flat, one per token) that each favour one label. */
const favouring = (...names: string[]): Float32Array => Float32Array.from(names.flatMap((name) => Array.from({ length: L }, (_, y) => (y === at(name) ? 2 : 0))));
const decode = (words: string[], names: string[]): string[] =>
  decodeWithBrackets(words, favouring(...names), new Float32Array((L + 1) * L), NAME_LABELS).map((y) => NAME_LABELS[y]);

describe('tagger: brackets stay whole', () => {
  it('ends a name before a closing bracket whose opening one is outside it', () => {
    const labels = decode(['(', 'Reuters', ')', '-', 'India'], ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    assert.deepEqual(labels.slice(0, 3), ['O', 'B-ORG', 'O']);
  });

  it('keeps a bracket pair inside one name, and leaves names without brackets alone', () => {
    assert.deepEqual(decode(['Reuters', '(', 'Japan', ')'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    assert.deepEqual(decode(['Bank', 'of', 'Japan'], ['B-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('cuts an opening bracket off a name that ends before its closing one', () => {
    assert.deepEqual(decode(['Reuters', '(', 'said'], ['B-ORG', 'I-ORG', 'O']), ['B-ORG', 'O', 'O']);
  });

  it("reads a wire dateline's agency and the name after it apart", () => {
    const text = 'NEW DELHI, June 2 (Reuters) - India said it would cut tariffs.';
    assert.deepEqual(tagText(text).names.map((n) => text.slice(n.start, n.end)), ['NEW DELHI', 'Reuters', 'India']);
  });
});
