// Names, figures and TIMEX3 dates the engine gives on the dev splits, scored as `npm run eval` scores them: deterministic, so these
// floors fail only when a change made them worse. Current (npm run eval, gold spans edge-trimmed as the corpus README now says):
// names CoNLL 0.931 (seen 0.974, unseen 0.849), OntoNotes 0.901 (seen 0.956, unseen 0.808), names ending before a possessive
// as trimmed gold does (0.928 and 0.872 against untrimmed gold); figures 0.825 (0.894 with a "$" at span edges trimmed); TimeBank+AQUAINT strict 0.877, relaxed 0.936, value 0.801.
import * as assert from 'node:assert/strict';
import { CORPORA } from '../../../scripts/eval/corpora';
import { corpusDir } from '../../../scripts/shared.mjs';
import type { Predictions } from '../../../scripts/eval/model';
import { analyse } from '../../../src/engine';
import { needsShared } from '../../unit/helpers/needsShared';

const FLOORS = [
  { corpus: 'conll', key: 'conll2003.dev.names.micro', floor: 0.926 },
  { corpus: 'conll', key: 'conll2003.dev.names.seen', floor: 0.969 },
  { corpus: 'conll', key: 'conll2003.dev.names.unseen', floor: 0.843 },
  { corpus: 'ontonotes', key: 'ontonotes.dev.names.micro', floor: 0.896 },
  { corpus: 'ontonotes', key: 'ontonotes.dev.names.seen', floor: 0.951 },
  { corpus: 'ontonotes', key: 'ontonotes.dev.names.unseen', floor: 0.803 },
  // Figures keep the "$" of a plain dollar amount ("$250", as issue 11 asks), which OntoNotes' gold mostly leaves out:
  // the headline fell 0.893 -> 0.825 on that convention alone, so the gate that guards the extents is the reading
  // with a "$" token at span edges trimmed (0.894), with a floor under the headline too.
  { corpus: 'ontonotes', key: 'ontonotes.dev.figures.microDollarTrimmed', floor: 0.888 },
  { corpus: 'ontonotes', key: 'ontonotes.dev.figures.micro', floor: 0.82 },
  { corpus: 'timeml', key: 'timeml.strict', floor: 0.872 },
  { corpus: 'timeml', key: 'timeml.relaxed', floor: 0.931 },
  { corpus: 'timeml', key: 'timeml.valueF1', floor: 0.796 },
] as const;

/** Each corpus's headline scores, computed once however many floors read them. */
const headlines = new Map<string, Record<string, { f1: number }>>();
function headlineOf(name: (typeof FLOORS)[number]['corpus']): Record<string, { f1: number }> {
  const known = headlines.get(name);
  if (known) return known;
  const spec = CORPORA[name];
  const corpus = spec.load(corpusDir());
  const predictions: Predictions = new Map(corpus.documents.map((d) => [d.id, analyse(d.text, d.date ? { articleDate: d.date } : {}).mentions]));
  const headline = spec.evaluate(corpus, predictions).headline;
  headlines.set(name, headline);
  return headline;
}

describe('names, figures and dates on the dev splits, through the whole engine', function () {
  this.timeout(60_000);
  before(function () { needsShared(this, corpusDir()); });
  for (const { corpus, key, floor } of FLOORS) {
    it(`${key}: F1 of at least ${floor}`, () => {
      const f1 = headlineOf(corpus)[key].f1;
      assert.ok(f1 >= floor, `${key} F1 ${f1.toFixed(4)} is below the floor ${floor}`);
    });
  }
});
