// The corrections file: what a valid one gives, and a clear message, at the right line, for each way a hand edit goes wrong.
import * as assert from 'node:assert/strict';
import { problemLine, readCorrectionsFile } from '../../../src/corrections/correctionsFile';

/** "line:column: message" of every problem in the text. */
const problemsOf = (text: string): string[] => readCorrectionsFile(text).problems.map((p) => problemLine('.newslens.json', text, p).replace('.newslens.json:', ''));

describe('reading a corrections file', () => {
  it('reads each kind of correction', () => {
    const text = JSON.stringify({ version: 1, corrections: [
      { name: 'Chelsea', kind: 'organization', note: 'the club' }, { name: 'Sion', kind: 'not-a-fact' },
      { name: 'Helvetia', not: 'person' }, { name: 'Jon Smyth', sameAs: 'John Smyth' },
    ], editor: 'desk' }, null, 2);
    assert.deepEqual(readCorrectionsFile(text), { corrections: [
      { name: 'Chelsea', kind: 'organization' }, { name: 'Sion', kind: 'not-a-fact' },
      { name: 'Helvetia', not: 'person' }, { name: 'Jon Smyth', sameAs: 'John Smyth' },
    ], problems: [] });
  });

  it('says where the JSON breaks', () => {
    assert.deepEqual(problemsOf('{\n  "version": 1,\n  "corrections": [\n    { "name": "Chelsea", "kind": "organization" },\n  ]\n}\n'),
      ['5:3: not valid JSON: a comma before "]" (JSON allows no trailing comma)']);
    assert.deepEqual(problemsOf('{ "version": 1, "corrections": [ { "name": "Chelsea" "kind": "place" } ] }'),
      ['1:54: not valid JSON: expected "," or "}" after a value in an object']);
    assert.deepEqual(problemsOf(''), ['1:1: not valid JSON: the file ends where a value was expected']);
  });

  it('names the entry, its field and what it accepts, at the entry\'s line, and keeps the good entries', () => {
    const text = '{\n  "version": 1,\n  "corrections": [\n    { "name": "Chelsea", "kind": "team" },\n    { "name": "Sion", "kind": "place" },\n    { "nme": "Rhone", "kind": "place" },\n    { "name": "Alpine" },\n    { "name": "Jon", "kind": "person", "sameAs": "John" },\n    "Helvetia"\n  ]\n}\n';
    const { corrections } = readCorrectionsFile(text);
    assert.deepEqual(corrections, [{ name: 'Sion', kind: 'place' }]);
    assert.deepEqual(problemsOf(text), [
      '4:34: corrections[0] ("Chelsea"): "kind" must be one of person, organization, place, not-a-fact (got "team")',
      '6:7: corrections[2]: unknown field "nme" (expected name, kind, not, sameAs or note)',
      '6:5: corrections[2]: "name" is missing: the name as articles write it',
      '7:5: corrections[3] ("Alpine"): say what the name is: "kind" (person, organization, place, not-a-fact), "not" (a kind it is not) or "sameAs" (another name)',
      '8:5: corrections[4] ("Jon"): give only one of "kind", "not" and "sameAs" (it has "kind" and "sameAs")',
      '9:5: corrections[5] must be an object such as {"name": "Chelsea", "kind": "organization"}',
    ]);
  });

  it('refuses a missing or other version, and a file without its list', () => {
    assert.deepEqual(problemsOf('{"corrections": []}'), ['1:1: "version" is missing: add "version": 1']);
    assert.deepEqual(problemsOf('{"version": 2, "corrections": [{"name": "A", "kind": "place"}]}'), ['1:13: "version" must be 1 (this News Lens reads version 1 files)']);
    assert.deepEqual(problemsOf('{"version": 1}'), ['1:1: "corrections" is missing: add "corrections": []']);
    assert.deepEqual(problemsOf('[1]'), ['1:1: expected an object {"version": 1, "corrections": [...]}']);
    assert.deepEqual(problemsOf('{"version": 1, "corrections": {}}'), ['1:31: "corrections" must be a list [...]']);
  });

  it('refuses a name said twice, an empty name, a "not" of no kind, and "same as" circles', () => {
    const text = JSON.stringify({ version: 1, corrections: [
      { name: 'Chelsea', kind: 'organization' }, { name: 'chelsea', kind: 'place' }, { name: 'Chelsea', not: 'person' },
      { name: ' ', kind: 'place' }, { name: 'Sion', not: 'quote' }, { name: 'A', sameAs: 'B' }, { name: 'B', sameAs: 'A' }, { name: 'C', sameAs: 'c' },
    ] });
    const { corrections, problems } = readCorrectionsFile(text);
    assert.deepEqual(corrections, [{ name: 'Chelsea', kind: 'organization' }, { name: 'Chelsea', not: 'person' }]);
    assert.deepEqual(problems.map((p) => p.message), [
      'corrections[1] ("chelsea") repeats corrections[0]: keep one',
      'corrections[3]: "name" must be a name in quotes, not empty',
      'corrections[4] ("Sion"): "not" must be one of person, organization, place, date, figure (got "quote")',
      'corrections[7] ("C"): "sameAs" names the name itself',
      '"sameAs" goes round in a circle: "A" → "B" → "A"',
    ]);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['{', '{"version":1,"corrections":[{"name":"\\x"}]}', '"\\u12"', '{"version":1,"corrections":[null, 3, true, [], {"name": {}}]}', '\uFEFF{"version":1,"corrections":[]}', '0123']) {
      const result = readCorrectionsFile(text);
      assert.ok(Array.isArray(result.problems), text);
    }
    assert.deepEqual(readCorrectionsFile('\uFEFF{"version":1,"corrections":[]}').problems, []);
  });
});
