// The names tagger's second pass: a word's other readings in the article are a feature, and only a stacked model reads them.
import assert from 'node:assert/strict';
import { documentVotes, voteFeatures, voteSlot } from '../../../src/engine/tagger/documentVotes';
import { hashFeature } from '../../../src/engine/tagger/features';
import { tagSentences } from '../../../src/engine/tagger/index';
import { NAME_LABELS } from '../../../src/engine/tagger/labels';
import type { TaggerModel } from '../../../src/engine/tagger/model';

const label = (name: string): number => NAME_LABELS.indexOf(name);

describe('document votes (the stacked names tagger)', () => {
  it('counts B- and I- labels of a type as one vote slot', () => {
    assert.deepEqual(NAME_LABELS.map((_, i) => voteSlot(i)), [0, 1, 1, 2, 2, 3, 3]);
  });

  it("gives a word the type most of the article's other capitalised occurrences got, without its own", () => {
    const sentences = [['Wang', 'Dan', 'said', '.'], ['Police', 'detained', 'Wang', '.'], ['Wang', 'left', '.']];
    const first = [[label('B-PER'), label('I-PER'), 0, 0], [0, 0, label('B-ORG'), 0], [label('B-PER'), 0, 0]];
    const votes = documentVotes(sentences, first);
    assert.deepEqual(voteFeatures(sentences[1], 2, first[1][2], votes), ['dv=PER', 'dv=PER|own=ORG', 'dv-all=PER|2']);
    // The first Wang's other readings disagree: one person, one organization (ties go to the earlier slot).
    assert.deepEqual(voteFeatures(sentences[0], 0, first[0][0], votes), ['dv=PER', 'dv=PER|own=PER']);
    // A word written once, and a lower-case word, have no votes.
    assert.deepEqual(voteFeatures(sentences[0], 1, first[0][1], votes), []);
    assert.deepEqual(voteFeatures(sentences[1], 1, first[1][1], votes), []);
  });

  it("re-tags a sentence with its votes only when the model is stacked", () => {
    // A hand-made model: "Wang" alone leans organization; the vote "others are people, this is an organization" outweighs it.
    const bits = 8, L = NAME_LABELS.length;
    const emission = new Float32Array((1 << bits) * L);
    const weigh = (feature: string, name: string, weight: number): void => { emission[(hashFeature(feature) & ((1 << bits) - 1)) * L + label(name)] += weight; };
    weigh('w=Wang', 'B-ORG', 1);
    weigh('w=Wang', 'B-PER', 0.5);
    weigh('w=Dan', 'I-PER', 3);
    weigh('dv=PER|own=ORG', 'B-PER', 2);
    const model: TaggerModel = { labels: NAME_LABELS, bits, emission, transition: new Float32Array((L + 1) * L), gazetteer: new Map() };
    const sentences = [['Wang', 'Dan'], ['Wang', 'Dan'], ['Wang']];
    assert.deepEqual(tagSentences(model, sentences), [['B-PER', 'I-PER'], ['B-PER', 'I-PER'], ['B-ORG']]);
    assert.deepEqual(tagSentences({ ...model, stacked: true }, sentences), [['B-PER', 'I-PER'], ['B-PER', 'I-PER'], ['B-PER']]);
  });
});
