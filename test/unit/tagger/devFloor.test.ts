import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, readCorpus } from '../../../scripts/train/corpus';
import { evaluate } from '../../../scripts/train/evaluate';
import { defaultModel, tagNames } from '../../../src/engine/tagger/index';

describe('committed name tagger model', () => {
  it('scores at least 0.90 exact micro F1 on the first 30 CoNLL-2003 dev documents', () => {
    const file = join(corpusDir(), 'conll2003', 'eng.testa');
    assert.ok(existsSync(file), `CoNLL-2003 dev split not found at ${file} (set NEWSLENS_SHARED)`);
    const score = evaluate(defaultModel(), readCorpus('conll', 'dev').slice(0, 30));
    assert.ok(score.f1 >= 0.9, `F1 ${score.f1.toFixed(4)} below the floor 0.90`);
  });
  it('finds people, organizations and places in raw text with exact offsets', () => {
    const text = 'Russian Prime Minister Mikhail Mishustin met officials of Gazprom in Beijing.';
    const found = tagNames(text).map((m) => `${m.kind}:${m.text}`);
    assert.ok(found.includes('person:Mikhail Mishustin'), found.join());
    assert.ok(found.includes('place:Beijing'), found.join());
    for (const m of tagNames(text)) assert.equal(text.slice(m.start, m.end), m.text);
  });
});
