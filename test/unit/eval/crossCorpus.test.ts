import assert from 'node:assert/strict';
import { CROSS_TRAINING, withNamesModel } from '../../../scripts/eval/crossCorpus';
import { parseArgs } from '../../../scripts/eval/args';
import { asShipped, trainTagger } from '../../../scripts/train/trainTagger';
import { defaultModel, tagSentences, tagText } from '../../../src/engine/tagger/index';
import type { TaggerModel } from '../../../src/engine/tagger/model';

describe('eval: the cross-corpus check', () => {
  it('is asked for with --cross and pairs each token corpus with the other one', () => {
    assert.equal(parseArgs([]).cross, false);
    assert.equal(parseArgs(['--cross']).cross, true);
    assert.equal(CROSS_TRAINING.conll?.corpus, 'ontonotes');
    assert.equal(CROSS_TRAINING.ontonotes?.corpus, 'conll');
    assert.equal(CROSS_TRAINING.timeml, undefined);
  });

  it('trains a names model in memory, the same every time, with the gazetteer of its documents', () => {
    const docs = [[{ words: ['Li', 'Qiang', 'visited', 'Paris', '.'], labels: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] }],
      [{ words: ['Li', 'Qiang', 'left', 'Paris', '.'], labels: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] }]];
    const train = (): TaggerModel => asShipped(trainTagger('names', docs, 3, 10, () => {}));
    const [a, b] = [train(), train()];
    assert.deepEqual([...a.gazetteer], [['Li Qiang', 'PER'], ['Paris', 'LOC']]);
    assert.deepEqual(a.emission, b.emission);
    assert.deepEqual(tagSentences(a, [['Li', 'Qiang', 'visited', 'Paris', '.']]), [['B-PER', 'I-PER', 'O', 'B-LOC', 'O']]);
  });

  it('runs the engine with another names model, then with the shipped one again, even after a failure', async () => {
    const text = 'Prime Minister Mikhail Mishustin met officials of Gazprom in Beijing.';
    const shipped = tagText(text).names;
    assert.ok(shipped.length > 0);
    const { labels, bits } = defaultModel();
    const emission = new Float32Array((1 << bits) * labels.length).fill(-1);
    for (let i = 0; i < emission.length; i += labels.length) emission[i] = 1; // every feature votes for "O"
    const silent: TaggerModel = { labels, bits, emission, transition: new Float32Array((labels.length + 1) * labels.length), gazetteer: new Map() };
    assert.deepEqual(await withNamesModel(silent, async () => tagText(text).names), []);
    await assert.rejects(withNamesModel(silent, async () => { throw new Error('boom'); }), /boom/);
    assert.deepEqual(tagText(text).names, shipped);
  });
});
