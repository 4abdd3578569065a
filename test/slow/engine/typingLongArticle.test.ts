// The benchmark's 10,000 words of wire copy (repeated slugs and credit lines included), typed into as an editor does:
// after each edit the kept analyser must give exactly the fresh analysis. Repeated lines share their sentence objects,
// which the kept votes once counted once (issue 12's speed work found it).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildArticle } from '../../../scripts/bench/article';
import { corpusDir } from '../../../scripts/shared.mjs';
import { analyse, createAnalyser } from '../../../src/engine';
import { needsShared } from '../../unit/helpers/needsShared';

describe('typing into a long wire article', () => {
  before(function () { needsShared(this, path.join(corpusDir(), 'timeml')); });

  it('gives exactly the fresh analysis after letters, capitals, spaces, stops, commas and quotes typed anywhere', () => {
    const analyser = createAnalyser();
    let typed = buildArticle(corpusDir());
    let seed = 7;
    const random = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const options = { articleDate: '2025-11-03' };
    analyser(typed, options);
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * typed.length);
      typed = `${typed.slice(0, at)}${'xA .,"'[i % 6]}${typed.slice(at)}`;
      const kept = analyser(typed, options);
      if (i % 6 === 0) assert.deepEqual(kept, analyse(typed, options), `edit ${i + 1}, at offset ${at}`);
    }
  });
});
