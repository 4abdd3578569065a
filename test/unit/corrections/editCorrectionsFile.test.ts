// Writing corrections: a new file, one entry a line in name order, the other keys and notes kept, a contradicted entry
// replaced, undo putting back exactly what was there, and a broken file never overwritten.
import * as assert from 'node:assert/strict';
import { readCorrectionsFile } from '../../../src/corrections/correctionsFile';
import { isEmptyCorrectionsFile, UneditableCorrectionsError, withCorrection, withoutCorrection } from '../../../src/corrections/editCorrectionsFile';

describe('editing a corrections file', () => {
  it('starts a file that reads back as the correction', () => {
    const { text, replaced } = withCorrection(undefined, { name: 'Chelsea', kind: 'organization' });
    assert.equal(text, '{\n  "version": 1,\n  "corrections": [\n    { "name": "Chelsea", "kind": "organization" }\n  ]\n}\n');
    assert.deepEqual(replaced, []);
    assert.deepEqual(readCorrectionsFile(text), { corrections: [{ name: 'Chelsea', kind: 'organization' }], problems: [] });
  });

  it('keeps entries sorted by name, with their notes and the file\'s other keys', () => {
    const start = JSON.stringify({ editor: { desk: 'sport' }, version: 1, corrections: [{ note: 'a town', kind: 'place', name: 'Sion' }] });
    const { text } = withCorrection(start, { name: 'Jon Smyth', sameAs: 'John Smyth' });
    assert.equal(text, [
      '{', '  "version": 1,', '  "corrections": [',
      '    { "name": "Jon Smyth", "sameAs": "John Smyth" },',
      '    { "name": "Sion", "kind": "place", "note": "a town" }',
      '  ],', '  "editor": {', '    "desk": "sport"', '  }', '}', ''].join('\n'));
    assert.equal(withCorrection(text, { name: 'Arsenal', kind: 'organization' }).text.split('\n')[3], '    { "name": "Arsenal", "kind": "organization" },');
  });

  it('replaces what it contradicts, and undo puts it back', () => {
    const start = withCorrection(undefined, { name: 'Chelsea', kind: 'place' }).text;
    const withNot = withCorrection(start, { name: 'Rhone', not: 'person' }).text;
    const edit = withCorrection(withNot, { name: 'chelsea', kind: 'organization' });
    assert.deepEqual(edit.replaced, [{ name: 'Chelsea', kind: 'place' }]);
    assert.deepEqual(readCorrectionsFile(edit.text).corrections, [{ name: 'chelsea', kind: 'organization' }, { name: 'Rhone', not: 'person' }]);
    assert.equal(withoutCorrection(edit.text, { name: 'chelsea', kind: 'organization' }, edit.replaced), withNot);
  });

  it('keeps "not" corrections of other kinds beside each other, and replaces them with a kind', () => {
    let text = withCorrection(undefined, { name: 'Alpine', not: 'person' }).text;
    text = withCorrection(text, { name: 'Alpine', not: 'place' }).text;
    assert.equal(readCorrectionsFile(text).corrections.length, 2);
    const edit = withCorrection(text, { name: 'Alpine', kind: 'organization' });
    assert.equal(edit.replaced.length, 2);
    assert.deepEqual(readCorrectionsFile(edit.text).corrections, [{ name: 'Alpine', kind: 'organization' }]);
  });

  it('undoes a first correction to an empty file, which may then be removed', () => {
    const edit = withCorrection(undefined, { name: 'Sion', kind: 'not-a-fact' });
    const undone = withoutCorrection(edit.text, { name: 'Sion', kind: 'not-a-fact' }, edit.replaced);
    assert.ok(isEmptyCorrectionsFile(undone), undone);
    assert.ok(!isEmptyCorrectionsFile(JSON.stringify({ version: 1, corrections: [], editor: 'x' })));
  });

  it('never overwrites a file it cannot read, and says why', () => {
    for (const [text, reason] of [['{"version": 1, "corrections": [', 'not valid JSON'], ['[]', 'not a JSON object'], ['{"version": 2}', '"version" is not 1'], ['{"version": 1, "corrections": {}}', 'not a list']]) {
      assert.throws(() => withCorrection(text, { name: 'A', kind: 'place' }), (error: Error) => error instanceof UneditableCorrectionsError && error.message.includes(reason), text);
    }
  });
});
