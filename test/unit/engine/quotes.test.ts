import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/engine';
import { analyseText } from './helpers/names';

/** Each quote as "text ← speaker entity". */
const quotesOf = (analysis: Analysis): string[] =>
  analysis.mentions.filter((m) => m.kind === 'quote').map((m) => `${m.text} ← ${m.speaker ?? 'nobody'}`);

describe('quotes', () => {
  it('spans the quoted words without the marks or a trailing comma, curly or straight', () => {
    const analysis = analyseText('“We will rebuild every school,” Mayor Anne Hidalgo said. Chancellor Olaf Scholz said: "Germany stands ready to help."');
    assert.deepEqual(quotesOf(analysis), [
      'We will rebuild every school ← person:anne-hidalgo',
      'Germany stands ready to help. ← person:olaf-scholz',
    ]);
  });

  it('ignores scare quotes and short cited phrases', () => {
    const analysis = analyseText('The ministry called the plan “reckless” and a ‘very bad idea’, Senator Ted Cruz said of the "no deal" option.');
    assert.deepEqual(quotesOf(analysis), []);
  });

  it('links "quoted X as saying" to X, not to the outlet', () => {
    const analysis = analyseText('“Our economy will grow faster next year,” state media quoted Premier Li Qiang as saying.');
    assert.deepEqual(quotesOf(analysis), ['Our economy will grow faster next year ← person:li-qiang']);
  });

  it('links "according to X" and "X described … as “…”"', () => {
    const analysis = analyseText(
      'The deal is “a new chapter for both our nations”, according to President Lula da Silva. '
      + 'Then Chancellor Rachel Reeves described the budget as “a plan to fix the foundations”.',
    );
    assert.deepEqual(quotesOf(analysis), [
      'a new chapter for both our nations ← person:lula-da-silva',
      'a plan to fix the foundations ← person:rachel-reeves',
    ]);
  });

  it('keeps the speaker when the next sentence carries on quoting, and names nobody when the text does not say', () => {
    const analysis = analyseText(
      '“Prices will fall by the summer,” Governor Andrew Bailey told reporters. “We are confident of that outcome.”\n'
      + 'A sign read “workers of the world unite now”.',
    );
    assert.deepEqual(quotesOf(analysis), [
      'Prices will fall by the summer ← person:andrew-bailey',
      'We are confident of that outcome. ← person:andrew-bailey',
      'workers of the world unite now ← nobody',
    ]);
  });

  it('gives each quote its own entity named by its first words', () => {
    const analysis = analyseText('“We will rebuild every school in the city,” Mayor Anne Hidalgo said.');
    const quote = analysis.mentions.find((m) => m.kind === 'quote');
    const entity = analysis.entities.find((e) => e.id === quote?.entity);
    assert.equal(entity?.kind, 'quote');
    assert.equal(entity?.name, 'We will rebuild every school in…');
  });
});
