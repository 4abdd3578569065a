import * as assert from 'node:assert/strict';
import { NAME_LABELS } from '../../../src/engine/tagger/labels';
import { fromBase64, loadModel, serialiseModel, toBase64 } from '../../../src/engine/tagger/model';

describe('tagger model format', () => {
  it('base64 round-trips any byte length', () => {
    for (const n of [0, 1, 2, 3, 4, 255]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
      assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
    }
  });
  it('serialise then load keeps weights within one quantisation step and keeps the gazetteer', () => {
    const emission = Float32Array.from({ length: 4 * NAME_LABELS.length }, (_, i) => Math.sin(i) * 3);
    const model = { labels: NAME_LABELS, bits: 2, emission, transition: new Float32Array((NAME_LABELS.length + 1) * NAME_LABELS.length).fill(0.5), gazetteer: new Map([['New York', 'LOC']]) };
    const data = serialiseModel(model);
    const loaded = loadModel(JSON.parse(JSON.stringify(data)));
    emission.forEach((w, i) => assert.ok(Math.abs(loaded.emission[i] - w) <= data.scale));
    assert.equal(loaded.gazetteer.get('New York'), 'LOC');
    assert.equal(loaded.transition[3], 0.5);
  });
  it('reads the float weights of a loaded model from its int8 weights, only when asked, and takes new ones', () => {
    const emission = Float32Array.from({ length: 4 * NAME_LABELS.length }, (_, i) => Math.cos(i) * 2);
    const data = serialiseModel({ labels: NAME_LABELS, bits: 2, emission, transition: new Float32Array((NAME_LABELS.length + 1) * NAME_LABELS.length), gazetteer: new Map() });
    const loaded = loadModel(data);
    const { weights, scale } = loaded.quantised!;
    assert.deepEqual(loaded.emission, Float32Array.from(weights, (w) => Math.fround(w * scale)));
    assert.equal(loaded.emission, loaded.emission);
    const other = new Float32Array(emission.length);
    loaded.emission = other;
    assert.equal(loaded.emission, other);
  });
  it('keeps the lexicon, grouped by classes in the file, and loads a model without one', () => {
    const base = { labels: NAME_LABELS, bits: 2, emission: new Float32Array(4 * NAME_LABELS.length), transition: new Float32Array((NAME_LABELS.length + 1) * NAME_LABELS.length), gazetteer: new Map() };
    const lexicon = new Map([['Lund', 'city|last'], ['Ingrid', 'first'], ['Oslo', 'city|last'], ['Aarhus', 'city']]);
    const data = serialiseModel({ ...base, lexicon });
    assert.deepEqual(data.lexicon, { city: 'Aarhus', 'city|last': 'Lund|Oslo', first: 'Ingrid' });
    assert.deepEqual(loadModel(JSON.parse(JSON.stringify(data))).lexicon, lexicon);
    const without = serialiseModel(base);
    assert.equal(without.lexicon, undefined);
    assert.equal(loadModel(without).lexicon?.size, 0);
  });
});
