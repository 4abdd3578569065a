// The analyser an editor keeps per document: after any edit it must give exactly what a fresh analysis gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, createAnalyser } from '../../../src/engine';
import { REPO_ROOT } from '../cli/runInProcess';

const SAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'sample-article.news'), 'utf8');

/** A seeded sequence of edits: insert or delete a few characters, or paste a sentence, at pseudo-random places. */
function* edits(text: string, count: number): Generator<string> {
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const pastes = ['x', ' ', '.', '\n', 'Prime Minister Jonas Berger said 40% fell. ', 'Monday', '"Yes," she said.'];
  for (let i = 0; i < count; i++) {
    const at = next(text.length + 1);
    text = next(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + next(20)) : text.slice(0, at) + pastes[next(pastes.length)] + text.slice(at);
    yield text;
  }
}

describe('incremental analysis', () => {
  it('gives exactly the fresh analysis after each of 60 edits, pastes and deletions included', () => {
    const analyser = createAnalyser();
    analyser(SAMPLE);
    for (const text of edits(SAMPLE, 60)) assert.deepEqual(analyser(text, { today: '2026-03-12' }), analyse(text, { today: '2026-03-12' }));
  });

  it('follows a change of article date, which changes every relative date', () => {
    const analyser = createAnalyser();
    const text = 'Ministers met on Friday.';
    assert.equal(analyser(text, { articleDate: '2025-11-03' }).mentions.find((m) => m.kind === 'date')?.value, '2025-10-31');
    assert.equal(analyser(text, { articleDate: '2025-11-10' }).mentions.find((m) => m.kind === 'date')?.value, '2025-11-07');
  });
});
