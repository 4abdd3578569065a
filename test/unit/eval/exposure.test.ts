import assert from 'node:assert/strict';
import { exposureOf, surfaceForm, trainingSurfaceForms } from '../../../scripts/eval/exposure';
import { scoreGroup } from '../../../scripts/eval/evaluateTokens';
import { parseConll2003 } from '../../../scripts/eval/readers/conll2003';
import type { EvalCorpus } from '../../../scripts/eval/model';
import type { Mention } from '../../../src/engine/index';

/** CoNLL-2003 lines from "token TAG" pairs (POS and chunk columns filled in), sentences split at "|". */
const conll = (sentences: string): string =>
  `-DOCSTART- -X- O O\n\n${sentences.split('|').map((s) => s.trim().split(/\s+/).reduce<string[]>((lines, item, i, all) =>
    (i % 2 === 0 ? [...lines, `${item} NNP I-NP ${all[i + 1]}`] : lines), []).join('\n')).join('\n\n')}\n`;

const TRAIN = conll(`EU I-ORG rejects O German I-MISC call O | Peter I-PER Blackburn I-PER met O Moody I-ORG 's I-ORG staff O . O`);
const DEV = conll(`EU I-ORG rejects O German I-MISC call O by O Moody I-ORG 's I-ORG . O
  | Peter I-PER Blackburn I-PER met O Li I-PER Qiang I-PER in O Germany I-LOC . O
  | Blackburn I-PER said O . O`);

const forms = trainingSurfaceForms(TRAIN);
const dev: EvalCorpus = { ...parseConll2003(DEV, 'tiny'), trainingForms: forms, trainingSplit: 'tiny.train' };
const { text, id } = dev.documents[0];
const at = (kind: Mention['kind'], piece: string, from = 0): Mention => {
  const start = text.indexOf(piece, from);
  return { kind, start, end: start + piece.length, text: piece };
};
const PREDICTED: Mention[] = [
  at('organization', 'EU'), at('place', 'German'), at('organization', 'Moody'), at('person', 'Peter Blackburn'),
  at('organization', 'Qiang'), at('place', 'Germany'), at('person', 'Blackburn', text.lastIndexOf('Blackburn')),
];
const names = { name: 'names', labels: ['person', 'organization', 'place'], byExposure: true };
const report = scoreGroup(dev, new Map([[id, PREDICTED]]), names);
const table = (title: string): [string, number, number, number][] =>
  report.tables.find((t) => t.title.includes(title))!.rows.map((r) => [r.label, r.counts.gold, r.counts.predicted, r.counts.correct]);

describe('eval: names seen and unseen in training', () => {
  it('collects the training entities of every type, edge-trimmed, case kept', () => {
    assert.deepEqual([...forms].sort(), ['EU', 'German', 'Moody', 'Peter Blackburn']);
    assert.equal(surfaceForm((i) => ['Li', 'Qiang'][i], 0, 2), 'Li Qiang');
  });

  it('classes a span by its own trimmed surface form: a part of a seen name is unseen', () => {
    const words = (i: number): string => text.slice(dev.documents[0].tokens![i].start, dev.documents[0].tokens![i].end);
    assert.equal(exposureOf(words, { label: 'organization', start: 5, end: 7 }, forms), 'seen', "Moody 's");
    assert.equal(exposureOf(words, { label: 'person', start: 8, end: 10 }, forms), 'seen', 'Peter Blackburn');
    assert.equal(exposureOf(words, { label: 'person', start: 9, end: 10 }, forms), 'unseen', 'Blackburn');
  });

  it('splits gold, predictions and matches so that seen + unseen = micro', () => {
    // Gold: EU, Moody, Peter Blackburn seen; Li Qiang, Germany, Blackburn unseen. Predicted "German" (MISC in training)
    // is a seen false positive, "Qiang" an unseen one.
    assert.deepEqual(table('by surface form'), [['seen', 3, 4, 3], ['unseen', 3, 3, 2]]);
    assert.deepEqual(table('exact span').find((r) => r[0] === 'micro'), ['micro', 6, 7, 5]);
    assert.ok(Math.abs(report.headline['tiny.names.unseen'].p - 2 / 3) < 1e-12);
    assert.ok(Math.abs(report.headline['tiny.names.seen'].r - 1) < 1e-12);
  });

  it('gives no split for a corpus without a training split or a group that does not ask', () => {
    const plain = scoreGroup({ name: 'tiny', documents: dev.documents }, new Map([[id, PREDICTED]]), names);
    const figures = scoreGroup(dev, new Map([[id, PREDICTED]]), { name: 'names', labels: names.labels });
    for (const r of [plain, figures]) {
      assert.equal(r.tables.length, 1);
      assert.equal(r.headline['tiny.names.seen'], undefined);
    }
  });
});
