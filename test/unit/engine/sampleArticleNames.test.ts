// The sample article is the first thing a user sees: its names must come out right (issue 11's list of what did not).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/engine';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'sample-article.news'), 'utf8');

describe('sample article: names', () => {
  const names = analyse(SAMPLE, { articleDate: '2026-03-12' }).mentions.filter((m) => ['person', 'organization', 'place'].includes(m.kind));
  const kindsOf = (text: string): string[] => names.filter((m) => m.text === text).map((m) => m.kind);

  it('takes no headline word for a name', () => {
    assert.deepEqual(names.filter((m) => m.start < SAMPLE.indexOf('\n')).map((m) => m.text), []);
  });

  it('reads the river and the town as places', () => {
    assert.deepEqual(kindsOf('Rhone'), ['place']);
    assert.deepEqual(kindsOf('Sion'), ['place']);
  });

  it('reads Helvetia Hydro as an organization every time', () => {
    assert.deepEqual(kindsOf('Helvetia Hydro'), ['organization', 'organization']);
  });

  it('reads the byline and the people quoted as persons', () => {
    for (const person of ['Clara Vidal', 'Sophie Marchetti', 'Jonas Berger', 'Elena Rossi', 'Paul Dufour']) assert.deepEqual(kindsOf(person), ['person'], person);
  });
});
