// The checks across a story package's articles, from their workspace-index entries: a name spelt one way in one
// article and another way in the next, and a person whose title or age differs between articles. Pairs inside one
// article are left to the draft check; spellings an editor said are two names stay unflagged.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/engine';
import { packageFindings, rolesAgree, type PackageFinding } from '../../../src/engine/checks/packageChecks';
import { spellingVariant } from '../../../src/engine/checks/nameVariant';
import { articleEntry, type ArticleEntry, type IndexedEntity } from '../../../src/engine/workspace/articleEntry';

const PACKAGE = join(__dirname, '../../fixtures/workspace/story-package');

/** The index entry of a fixture article, with the ages its text states. */
function fixtureEntry(name: string): ArticleEntry {
  const text = readFileSync(join(PACKAGE, name), 'utf8');
  return articleEntry(name, analyse(text), text);
}

/** A hand-made entry: one entity per name, first mentioned at offset 10 × its position. */
function entry(path: string, date: string, people: Partial<IndexedEntity>[]): ArticleEntry {
  return {
    path, articleDate: { value: date, source: 'dateline' },
    entities: people.map((person, i) => ({ id: `person:${person.name!.toLowerCase().replace(/\s+/g, '-')}`, kind: 'person', mentions: 1, first: { start: 10 * i, end: 10 * i + 5 }, ...person }) as IndexedEntity),
  };
}

const brief = (findings: PackageFinding[]) => findings.map((f) => `${f.rule} ${f.path}@${f.start}: ${f.message}`);

describe('checks across a story package', () => {
  it('flags the fixture package\'s later spelling, age and title, each with the other article as related information', () => {
    const entries = ['main.news', 'sidebar.news', 'explainer.md'].map(fixtureEntry);
    const findings = packageFindings(entries);
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.path}`), ['name-variant sidebar.news', 'person-details sidebar.news', 'person-details sidebar.news'], brief(findings).join('\n'));
    const [variant, age, title] = findings;
    assert.match(variant.message, /"Mishustine" here, "Mishustin" in main\.news \(Mikhail Mishustin\)/);
    assert.equal(variant.severity, 'information');
    const sidebar = readFileSync(join(PACKAGE, 'sidebar.news'), 'utf8');
    const main = readFileSync(join(PACKAGE, 'main.news'), 'utf8');
    assert.equal(sidebar.slice(variant.start, variant.end), 'Mikhail Mishustine');
    assert.deepEqual(variant.related.map((r) => [r.path, main.slice(r.start, r.end)]), [['main.news', 'Mikhail Mishustin']]);
    assert.match(age.message, /Jonas Berger is 47 here and 45 in main\.news/);
    assert.equal(age.severity, 'hint');
    assert.match(title.message, /Sophie Marchetti is "Chairwoman" here, "Director" in main\.news/);
  });

  it('keeps the spelling most articles use, whichever article comes first', () => {
    const findings = packageFindings([
      entry('a.news', '2026-03-01', [{ name: 'Hartly' }]),
      entry('b.news', '2026-03-02', [{ name: 'Hartley' }]),
      entry('c.news', '2026-03-03', [{ name: 'Hartley' }]),
    ]);
    assert.deepEqual(findings.map((f) => [f.path, f.related[0].path]), [['a.news', 'b.news']]);
  });

  it('on a tie keeps the earlier article\'s spelling, by article date before path', () => {
    const findings = packageFindings([entry('a.news', '2026-03-05', [{ name: 'Anna Kowalski' }]), entry('b.news', '2026-03-01', [{ name: 'Anna Kowalsky' }])]);
    assert.deepEqual(findings.map((f) => f.path), ['a.news']);
  });

  it('leaves two spellings in one article to the draft check, and pairs an editor said are two names', () => {
    assert.deepEqual(packageFindings([entry('a.news', '2026-03-01', [{ name: 'Hartley' }, { name: 'Hartly' }]), entry('b.news', '2026-03-02', [{ name: 'Hartly' }])]), []);
    const two = [entry('a.news', '2026-03-01', [{ name: 'Hartley' }]), entry('b.news', '2026-03-02', [{ name: 'Hartly' }])];
    assert.equal(packageFindings(two).length, 1);
    assert.deepEqual(packageFindings(two, { differentNames: [['Hartly', 'Hartley']] }), []);
    assert.deepEqual(packageFindings(two, { rules: { 'name-variant': false } }), []);
  });

  it('flags no names that are not one slip apart, nor a surname against the full name', () => {
    assert.deepEqual(packageFindings([entry('a.news', '2026-03-01', [{ name: 'Mikhail Mishustin' }, { name: 'Li Qiang' }]), entry('b.news', '2026-03-02', [{ name: 'Mishustin' }, { name: 'Li Peng' }])]), []);
  });

  it('allows an age that grew with the years between the articles, and flags one that did not', () => {
    const aged = (date: string, age: number) => entry(`${date}.news`, date, [{ name: 'Jonas Berger', age }]);
    assert.deepEqual(packageFindings([aged('2020-03-01', 45), aged('2023-03-02', 48)]), []);
    assert.deepEqual(packageFindings([aged('2026-03-01', 45), aged('2026-03-08', 46)]), [], 'a birthday in the week between');
    assert.deepEqual(packageFindings([aged('2026-03-01', 45), aged('2026-03-08', 44)]).map((f) => f.rule), ['person-details']);
    assert.deepEqual(packageFindings([aged('2026-03-01', 45), aged('2026-03-02', 45)], { rules: { 'person-details': false } }), []);
  });

  it('reads a title that says more as the same title', () => {
    assert.ok(rolesAgree('Prime Minister', 'Russian Prime Minister'));
    assert.ok(rolesAgree('the chief executive', 'Chief Executive'));
    assert.ok(!rolesAgree('Finance Minister', 'Foreign Minister'));
  });

  it('compares names as the draft check does', () => {
    assert.deepEqual(spellingVariant('Mikhail Mishustin', 'Mishustine'), { a: 'Mishustin', b: 'Mishustine' });
    assert.deepEqual(spellingVariant('Jon Smyth', 'John Smyth'), { a: 'Jon', b: 'John' });
    assert.equal(spellingVariant('Wood', 'Woods'), undefined);
    assert.equal(spellingVariant('Li Qiang', 'Li Peng'), undefined);
  });
});
