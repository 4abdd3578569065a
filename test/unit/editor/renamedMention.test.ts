// Rename's wording rules: full names and their short forms change together, other words and forms stay as written.
import * as assert from 'node:assert/strict';
import { renamedMention } from '../../../src/editor/renamedMention';

describe('renamedMention', () => {
  it('renames a full name and turns its surname-only mentions into the new surname', () => {
    assert.equal(renamedMention('Mikhail Mishustin', 'Mikhail Mishustin', 'Mikhail Smith', 'Mikhail Mishustin'), 'Mikhail Smith');
    assert.equal(renamedMention('Mishustin', 'Mikhail Mishustin', 'Mikhail Smith', 'Mikhail Mishustin'), 'Smith');
  });

  it('keeps a family-name-first short form as the new name\'s first word ("Li" of "Li Qiang")', () => {
    assert.equal(renamedMention('Li', 'Li Qiang', 'Wang Qiang', 'Li Qiang'), 'Wang');
  });

  it('renaming a surname mention renames that word inside the full name too', () => {
    assert.equal(renamedMention('Vladimir Putin', 'Putin', 'Medvedev', 'Vladimir Putin'), 'Vladimir Medvedev');
    assert.equal(renamedMention('Putin', 'Putin', 'Medvedev', 'Vladimir Putin'), 'Medvedev');
  });

  it('matches whole words only, across a line break, and leaves abbreviations alone', () => {
    assert.equal(renamedMention('Lidia', 'Li', 'Wang', 'Li Qiang'), 'Lidia');
    assert.equal(renamedMention('Mikhail\nMishustin', 'Mikhail Mishustin', 'Mikhail Smith', 'Mikhail Mishustin'), 'Mikhail Smith');
    assert.equal(renamedMention('U.S.', 'United States', 'America', 'United States'), 'U.S.');
  });
});
