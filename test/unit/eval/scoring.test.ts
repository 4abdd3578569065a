import assert from 'node:assert/strict';
import { decodeChunks } from '../../../scripts/eval/readers/iob';
import { attributeF1, matchExact, matchOverlap, prf } from '../../../scripts/eval/scoring';
import { scoreGroup } from '../../../scripts/eval/evaluateTokens';
import { rebuildText } from '../../../scripts/eval/rebuild';
import type { EvalDocument } from '../../../scripts/eval/model';
import type { Mention } from '../../../src/engine/index';

describe('eval: conlleval-style scoring', () => {
  it('decodes IOB1 and IOB2 as conlleval does', () => {
    assert.deepEqual(decodeChunks(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), [
      { type: 'PER', first: 0, end: 2 }, { type: 'PER', first: 2, end: 3 }, { type: 'LOC', first: 4, end: 5 }, { type: 'ORG', first: 5, end: 6 },
    ]);
    assert.deepEqual(decodeChunks(['B-GPE', 'I-GPE', 'O', 'I-DATE', 'B-DATE']), [
      { type: 'GPE', first: 0, end: 2 }, { type: 'DATE', first: 3, end: 4 }, { type: 'DATE', first: 4, end: 5 },
    ]);
  });

  it('counts a partial overlap as wrong for exact matching and right for relaxed matching', () => {
    const gold = [{ label: 'date', start: 10, end: 19 }];
    const predicted = [{ label: 'date', start: 14, end: 19 }];
    assert.equal(matchExact(gold, predicted).correct.length, 0);
    assert.equal(matchOverlap(gold, predicted).pairs.length, 1);
  });

  it('pairs relaxed matches one to one, preferring the identical span', () => {
    const gold = [{ label: 'date', start: 0, end: 10 }];
    const predicted = [{ label: 'date', start: 0, end: 4 }, { label: 'date', start: 0, end: 10 }];
    const match = matchOverlap(gold, predicted);
    assert.deepEqual(match.pairs.map(([, p]) => p), [predicted[1]]);
    assert.deepEqual(match.falsePositives, [predicted[0]]);
  });

  it('requires the same type, and counts a duplicate prediction once', () => {
    const gold = [{ label: 'person', start: 0, end: 2 }];
    const match = matchExact(gold, [{ label: 'organization', start: 0, end: 2 }, { label: 'person', start: 0, end: 2 }, { label: 'person', start: 0, end: 2 }]);
    assert.equal(match.correct.length, 1);
    assert.equal(match.falsePositives.length, 1);
  });

  it('gives P, R and F1 per type and micro over a tiny document', () => {
    const { text, offsets } = rebuildText([['Li', 'Qiang', 'met', 'Gazprom', 'in', 'Moscow', 'and', 'Beijing', '.']]);
    const document: EvalDocument = { id: 'd', text, tokens: offsets[0], gold: [
      { label: 'person', tag: 'PER', firstToken: 0, endToken: 2, start: 0, end: 8 },
      { label: 'organization', tag: 'ORG', firstToken: 3, endToken: 4, start: 13, end: 20 },
      { label: 'place', tag: 'LOC', firstToken: 5, endToken: 6, start: 24, end: 30 },
      { label: 'place', tag: 'LOC', firstToken: 7, endToken: 8, start: 35, end: 42 },
    ] };
    const mention = (kind: Mention['kind'], piece: string): Mention => ({ kind, start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece });
    const predictions = new Map([['d', [mention('person', 'Qiang'), mention('organization', 'Gazprom'), mention('place', 'Moscow'), mention('place', 'Beijing.'), mention('place', 'met')]]]);
    const report = scoreGroup({ name: 'tiny', documents: [document] }, predictions, { name: 'names', labels: ['person', 'organization', 'place'] });
    assert.deepEqual(report.tables[0].rows.map((r) => [r.label, r.counts.gold, r.counts.predicted, r.counts.correct]), [
      ['person', 1, 1, 0], ['organization', 1, 1, 1], ['place', 2, 3, 2], ['micro', 4, 5, 3], ['micro, gold untrimmed', 4, 5, 3],
    ]);
    assert.ok(Math.abs(report.headline['tiny.names.micro'].f1 - (2 * 3) / (4 + 5)) < 1e-12);
    assert.deepEqual(report.errors.map((e) => [e.type, e.text]), [['FP', 'Qiang'], ['FP', 'met'], ['FN', 'Li Qiang']]);
  });

  it('reports 0, not NaN, when nothing was predicted', () => {
    assert.deepEqual(prf({ gold: 3, predicted: 0, correct: 0 }), { p: 0, r: 0, f1: 0 });
  });

  it('computes value F1 as relaxed F1 times the share of matches with the right value', () => {
    const value = attributeF1({ gold: 4, predicted: 5, correct: 4 }, 2);
    assert.ok(Math.abs(value.f1 - (8 / 9) * 0.5) < 1e-12);
    assert.ok(Math.abs(value.p - 2 / 5) < 1e-12);
    assert.ok(Math.abs(value.r - 2 / 4) < 1e-12);
  });
});
