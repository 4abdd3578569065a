import * as assert from 'node:assert/strict';
import { analyse } from '../../../src/engine';
import { assertContract } from './helpers/contract';

const ARTICLE = 'BERLIN, June 2 (Reuters) - Chancellor Friedrich Merz said on Monday that exports rose 4% in May.\n'
  + '“We expect a better second half for German industry,” Merz told reporters in Berlin.\n';

describe('analyse', () => {
  it('returns every kind of fact with exact offsets, in order, each in an entity', () => {
    const analysis = analyse(ARTICLE, { articleDate: '2025-06-02' });
    assertContract(ARTICLE, analysis);
    const kinds = new Set(analysis.mentions.map((m) => m.kind));
    for (const kind of ['person', 'organization', 'place', 'date', 'figure', 'quote']) assert.ok(kinds.has(kind as never), kind);
    assert.deepEqual(analysis.articleDate, { value: '2025-06-02', source: 'option' });
    assert.equal(analysis.analysedChars, ARTICLE.length);
    assert.deepEqual(analysis.warnings, []);
  });

  it('analyses only the first maxChars characters and says so', () => {
    const analysis = analyse(ARTICLE, { articleDate: '2025-06-02', maxChars: 60 });
    assert.equal(analysis.analysedChars, 60);
    assert.ok(analysis.mentions.length > 0 && analysis.mentions.every((m) => m.end <= 60));
    assert.match(analysis.warnings.join('\n'), /first 60 of \d+ characters/);
    assertContract(ARTICLE, analysis);
  });

  it('never lets a date or figure overlap a name', () => {
    const analysis = analyse('Gazprom said the Power of Siberia 2 pipeline and the Nord Stream 2 project in the Gulf of Mexico were separate.');
    const names = analysis.mentions.filter((m) => ['person', 'organization', 'place'].includes(m.kind));
    const numbers = analysis.mentions.filter((m) => m.kind === 'date' || m.kind === 'figure');
    // Not vacuous: the names holding the numbers are found.
    for (const name of ['Power of Siberia 2', 'Nord Stream 2']) assert.ok(names.some((m) => m.text.includes(name)), `${name} is not a name: ${JSON.stringify(analysis.mentions)}`);
    assert.ok(numbers.every((n) => !names.some((m) => m.start < n.end && n.start < m.end)), JSON.stringify(analysis.mentions));
  });

  it('gives the same entity ids for the same text every time', () => {
    const ids = () => analyse(ARTICLE, { articleDate: '2025-06-02' }).mentions.map((m) => m.entity);
    assert.deepEqual(ids(), ids());
  });
});
