import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { corpusDir } from '../../../scripts/shared.mjs';
import { readCorpus } from '../../../scripts/train/corpus';
import { evaluate } from '../../../scripts/train/evaluate';
import { defaultModel, tagText } from '../../../src/engine/tagger/index';
import { needsShared } from '../helpers/needsShared';

describe('committed name tagger model', () => {
  it('scores at least 0.90 exact micro F1 on the first 30 CoNLL-2003 dev documents', function () {
    needsShared(this, join(corpusDir(), 'conll2003', 'eng.testa'));
    const score = evaluate(defaultModel(), readCorpus('conll', 'dev').slice(0, 30));
    assert.ok(score.f1 >= 0.9, `F1 ${score.f1.toFixed(4)} below the floor 0.90`);
  });
  it('finds people, organizations, places and figures in raw text with exact offsets', () => {
    const text = '👍 Russian Prime Minister Mikhail Mishustin met officials of Gazprom in Beijing, who paid about $3 million.';
    const { names, figures } = tagText(text);
    const found = names.map((m) => `${m.kind}:${m.start}:${text.slice(m.start, m.end)}`);
    assert.ok(found.includes(`person:${text.indexOf('Mikhail')}:Mikhail Mishustin`), found.join());
    assert.ok(found.includes(`place:${text.indexOf('Beijing')}:Beijing`), found.join());
    assert.deepEqual(figures.map((f) => `${f.type}:${text.slice(f.start, f.end)}`), ['MONEY:about $3 million']);
  });
});
