import assert from 'node:assert/strict';
import { alignToTokens, isEdgeToken, trimTokenRange } from '../../../scripts/eval/align';
import { goldTokenSpans, scoreGroup } from '../../../scripts/eval/evaluateTokens';
import { parseOntonotes } from '../../../scripts/eval/readers/ontonotes';
import { parseConll2003 } from '../../../scripts/eval/readers/conll2003';
import type { EvalDocument } from '../../../scripts/eval/model';
import type { Mention } from '../../../src/engine/index';

const NAMES = { name: 'names', labels: ['person', 'organization', 'place'] };

/** Tokens and IOB2 tags in OntoNotes' two columns, one document. */
const ONTONOTES = `-DOCSTART- tiny
Moody B-ORG
's I-ORG
cut O
the O
rating O
of O
`+"``"+` B-ORG
Proleter I-ORG
( I-ORG
Z I-ORG
) I-ORG
'' I-ORG
in O
-LRB- B-GPE
Sion I-GPE
-RRB- I-GPE
. O
`;

const document: EvalDocument = parseOntonotes(ONTONOTES, 'tiny').documents[0];
const words = (i: number): string => document.text.slice(document.tokens![i].start, document.tokens![i].end);
const mention = (kind: Mention['kind'], piece: string): Mention => ({ kind, start: document.text.indexOf(piece), end: document.text.indexOf(piece) + piece.length, text: piece });
const rows = (predicted: Mention[]): [string, number, number, number][] =>
  scoreGroup({ name: 'tiny', documents: [document] }, new Map([[document.id, predicted]]), NAMES).tables[0].rows.map((r) => [r.label, r.counts.gold, r.counts.predicted, r.counts.correct]);

describe('eval: gold spans edge-trimmed like predictions (corpus README)', () => {
  it('calls a possessive and a token of punctuation only edge tokens, and nothing else', () => {
    for (const token of ["'s", "'S", '’s', '(', ')', "''", '``', '"', ',', '.', '--', '...']) assert.ok(isEdgeToken(token), token);
    for (const token of ['s', 'Bros.', 'U.S.', '$', '%', '&', '-LRB-', 'Moody', "n't", "'80s"]) assert.ok(!isEdgeToken(token), token);
  });

  it('drops edge tokens on both sides, repeatedly, and keeps inner ones', () => {
    assert.equal(document.text.split('\n')[0], "Moody's cut the rating of `` Proleter (Z) '' in -LRB- Sion -RRB-.");
    assert.deepEqual(trimTokenRange(words, 0, 2), { firstToken: 0, endToken: 1 });
    assert.deepEqual(trimTokenRange(words, 6, 12), { firstToken: 7, endToken: 10 }, '`` Proleter ( Z ) \'\' → Proleter ( Z');
    assert.equal(trimTokenRange(words, 8, 9), undefined);
  });

  it('drops from whole gold tokens exactly the punctuation that trimming drops from a prediction with those characters', () => {
    const spans: [number, number][] = [[6, 12], [7, 11], [8, 11], [13, 16], [6, 8], [10, 12]];
    for (const [first, end] of spans) {
      const aligned = alignToTokens(document.text, document.tokens!, document.tokens![first].start, document.tokens![end - 1].end);
      assert.deepEqual(trimTokenRange(words, first, end), aligned, `tokens ${first}-${end}`);
    }
  });

  it('keeps OntoNotes brackets written as words (-LRB-), as predictions do', () => {
    assert.deepEqual(goldTokenSpans(document, NAMES.labels).map((s) => [s.label, s.start, s.end]), [
      ['organization', 0, 1], ['organization', 7, 10], ['place', 13, 16],
    ]);
  });

  it('scores the headline against trimmed gold and reports the untrimmed gold on one row', () => {
    const predicted = [mention('organization', 'Moody'), mention('organization', 'Proleter (Z)'), mention('place', 'Sion')];
    assert.deepEqual(rows(predicted), [
      ['person', 0, 0, 0], ['organization', 2, 2, 2], ['place', 1, 1, 0], ['micro', 3, 3, 2], ['micro, gold untrimmed', 3, 3, 0],
    ]);
  });

  it("counts a predicted possessive wrong against trimmed gold: only gold spans lose their 's", () => {
    assert.deepEqual(rows([mention('organization', "Moody's")]).slice(3), [['micro', 3, 1, 0], ['micro, gold untrimmed', 3, 1, 1]]);
  });

  it('leaves gold without edge tokens as it was, and counts twice-annotated trimmed spans once', () => {
    const conll = parseConll2003('-DOCSTART- -X- O O\n\nSalomon NNP I-ORG I-ORG\nBros. NNP I-ORG I-ORG\n\' POS I-ORG I-ORG\nrose VBD O O\n', 'c').documents[0];
    assert.deepEqual(goldTokenSpans(conll, NAMES.labels).map((s) => [s.start, s.end]), [[0, 2]]);
    const twice: EvalDocument = { ...document, gold: [...document.gold, { ...document.gold[0], endToken: 1, end: 5 }] };
    assert.equal(goldTokenSpans(twice, NAMES.labels).filter((s) => s.start === 0).length, 1);
  });
});

describe('eval: figures also scored with a "$" at span edges dropped', () => {
  const FIGURES = { name: 'figures', labels: ['money', 'percent', 'quantity', 'number', 'ordinal'] };
  const money = parseOntonotes('-DOCSTART- cash\nIt O\ncosts O\n$ O\n250 B-MONEY\n, O\nor O\n$ B-MONEY\n3 I-MONEY\nmillion I-MONEY\n. O\n', 'cash').documents[0];
  const figure = (piece: string): Mention => ({ kind: 'figure', figureType: 'money', start: money.text.indexOf(piece), end: money.text.indexOf(piece) + piece.length, text: piece });
  const score = (predicted: Mention[]): Record<string, { f1: number }> => scoreGroup({ name: 'tiny', documents: [money] }, new Map([[money.id, predicted]]), FIGURES).headline;

  it('counts "$250" wrong against gold "250" as scored, and right with the "$" dropped on both sides', () => {
    assert.equal(money.text, 'It costs $250, or $3 million.');
    const headline = score([figure('$250'), figure('$3 million')]);
    assert.equal(headline['tiny.figures.micro'].f1, 0.5);
    assert.equal(headline['tiny.figures.microDollarTrimmed'].f1, 1);
  });

  it('changes nothing for a system that leaves the "$" out where gold does', () => {
    const headline = score([figure('250'), figure('$3 million')]);
    assert.equal(headline['tiny.figures.micro'].f1, 1);
    assert.equal(headline['tiny.figures.microDollarTrimmed'].f1, 1);
  });
});
