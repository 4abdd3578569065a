// `newslens annotate` with corrections: --corrections FILE, the .newslens.json found beside the files or above them,
// --no-corrections, --jsonl; a bad file is bad usage (exit 2, a line per problem, nothing printed), and without
// corrections the output is what it always was.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileReportJson } from '../../../src/format';
import { parseArgs } from '../../../src/cli/parseArgs';
import { runInProcess } from './runInProcess';

const MATCH = 'Manchester United beat Chelsea 2-1 on Saturday. Chelsea had led at half-time.\n';
/** A corrections file saying what Chelsea is. */
const chelseaIs = (kind: string): string => JSON.stringify({ version: 1, corrections: [{ name: 'Chelsea', kind }] });

/** A name kind none of `kinds` is (today the taggers call Chelsea a person; a better tagger may say organization). */
const otherKind = (kinds: readonly string[]): string => ['organization', 'place', 'person'].find((kind) => !kinds.includes(kind)) ?? 'place';

/** The kinds `--format json` gives Chelsea's mentions, per file. */
const chelseaKinds = (stdout: string): string[][] => (JSON.parse(stdout) as FileReportJson[]).map((report) => report.mentions.filter((m) => m.text === 'Chelsea').map((m) => m.kind));

describe('newslens annotate with corrections', () => {
  let root: string;
  const write = (path: string, content: string) => {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'newslens-corrections-')); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('applies --corrections FILE to every file', async () => {
    const article = write('desk/match.news', MATCH);
    const plain = chelseaKinds((await runInProcess(['annotate', '--format', 'json', article])).stdout)[0];
    assert.equal(plain.length, 2, 'the fixture needs the taggers to find both Chelseas');
    const target = otherKind(plain);
    const corrections = write('elsewhere/fixes.json', chelseaIs(target));
    const run = await runInProcess(['annotate', '--format', 'json', '--corrections', corrections, article]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(chelseaKinds(run.stdout), [[target, target]]);
    const text = await runInProcess(['annotate', `--corrections=${corrections}`, article]);
    assert.match(text.stdout, new RegExp(`${{ person: 'People', organization: 'Organizations', place: 'Places' }[target]} \\(\\d+\\)\\n(  .*\\n)*  Chelsea`));
  });

  it('finds .newslens.json in the file\'s folder or the nearest above it, per file', async () => {
    const beside = write('match.news', MATCH);
    const plain = chelseaKinds((await runInProcess(['annotate', '--format', 'json', beside])).stdout)[0];
    const [first, second] = [otherKind(plain), otherKind([...plain, otherKind(plain)])];
    write('.newslens.json', chelseaIs(first));
    const deep = write('sport/2025/match.news', MATCH);
    write('politics/.newslens.json', chelseaIs(second));
    const other = write('politics/match.news', MATCH);
    const run = await runInProcess(['annotate', '--format', 'json', deep, beside, other]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(chelseaKinds(run.stdout), [[first, first], [first, first], [second, second]]);
  });

  it('applies none with --no-corrections, and the output is the same as with no file at all', async () => {
    const article = write('match.news', MATCH);
    const before = await runInProcess(['annotate', '--format', 'json', article]);
    write('.newslens.json', chelseaIs(otherKind(chelseaKinds(before.stdout)[0])));
    const off = await runInProcess(['annotate', '--format', 'json', '--no-corrections', article]);
    assert.equal(off.stdout, before.stdout);
    assert.equal(off.code, 0);
  });

  it('answers a bad file with one line per problem, its line and column, exit 2 and nothing on stdout', async () => {
    write('.newslens.json', '{\n  "version": 1,\n  "corrections": [\n    { "name": "Chelsea", "kind": "team" },\n    { "name": "Sion" }\n  ]\n}\n');
    const article = write('match.news', MATCH);
    const run = await runInProcess(['annotate', article]);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    const file = join(root, '.newslens.json');
    assert.equal(run.stderr, [
      `newslens: ${file}:4:34: corrections[0] ("Chelsea"): "kind" must be one of person, organization, place, not-a-fact (got "team")`,
      `newslens: ${file}:5:5: corrections[1] ("Sion"): say what the name is: "kind" (person, organization, place, not-a-fact), "not" (a kind it is not) or "sameAs" (another name)`,
      'newslens: fix the corrections file, or run without its corrections (--no-corrections)', ''].join('\n'));
    assert.doesNotMatch(run.stderr, /\bat .*\.ts:\d+/, 'a stack trace');
  });

  it('answers a missing or broken --corrections FILE with exit 2', async () => {
    const article = write('match.news', MATCH);
    const missing = await runInProcess(['annotate', '--corrections', join(root, 'nope.json'), article]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.split('\n')[0], `newslens: ${join(root, 'nope.json')}: no such file`);
    const broken = await runInProcess(['annotate', '--corrections', write('broken.json', '{"version": 1, "corrections": ['), article]);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /broken\.json:1:32: not valid JSON: the file ends where a value was expected/);
    assert.equal(broken.stdout, '');
  });

  it('applies --corrections to --jsonl lines, and no file found beside anything', async () => {
    const line = `${JSON.stringify({ id: 1, text: MATCH, date: '2025-11-03' })}\n`;
    const chelseas = (stdout: string) => (JSON.parse(stdout) as { mentions: { text: string; kind: string }[] }).mentions.filter((m) => m.text === 'Chelsea').map((m) => m.kind);
    write('.newslens.json', chelseaIs('place'));
    const plain = chelseas((await runInProcess(['annotate', '--jsonl'], line)).stdout);
    const uncorrected = chelseaKinds((await runInProcess(['annotate', '--format', 'json', '--no-corrections', write('match.news', MATCH)])).stdout)[0];
    assert.deepEqual(plain, uncorrected, 'a --jsonl line got corrections it was not given');
    const target = otherKind(plain);
    const run = await runInProcess(['annotate', '--jsonl', '--corrections', write('fixes.json', chelseaIs(target))], line);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(chelseas(run.stdout), [target, target]);
  });

  it('parses the options, and refuses both at once', () => {
    assert.deepEqual(parseArgs(['annotate', 'a.news', '--corrections', 'c.json']), { command: 'annotate', files: ['a.news'], jsonl: false, format: 'text', corrections: { file: 'c.json' } });
    assert.deepEqual(parseArgs(['annotate', '--no-corrections', 'a.news']), { command: 'annotate', files: ['a.news'], jsonl: false, format: 'text', corrections: { none: true } });
    assert.throws(() => parseArgs(['annotate', '--corrections', 'c.json', '--no-corrections', 'a.news']), /contradict/);
    assert.throws(() => parseArgs(['annotate', 'a.news', '--corrections']), /--corrections needs a value/);
  });
});
