// `newslens index DIR`: the workspace index of a folder, one articleEntry line per article in path order, with what
// the editor's scan skips skipped (binary files, node_modules and dot-folders, symlinks out of DIR, oversize files).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseWhole } from '../../../src/cli/analyseWhole';
import type { CliHost } from '../../../src/cli/runCli';
import type { Correction } from '../../../src/engine';
import { articleEntry } from '../../../src/engine/workspace/articleEntry';
import { localDay } from '../../../src/format/localDay';
import { runInProcess } from './runInProcess';
import { workerHost } from './workerHost';

const ARTICLES: Record<string, string> = {
  '2024/03/budget.news': 'BERN, March 3 (Reuters) - Finance Minister Karin Keller met bankers in Zurich on Friday.\n',
  '2024/summit.md': '# Summit\n\nLi Qiang met Vladimir Putin in Beijing on Monday. Putin said "We agree."\n',
  '2024-notes.txt': 'Angela Merkel visited Paris on Monday, the French government said.\n',
  'Chelsea.TXT': 'Chelsea beat Arsenal in London on Saturday.\n',
  'z.txt': 'Sophie Marchetti spoke in Geneva.\n',
};

describe('newslens index', function () {
  this.timeout(60_000);
  let root: string;
  let folder: string;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  };
  /** What the index must say of an article: articleEntry of the article analysed whole, as annotate analyses a file. */
  const entry = (path: string, file = path, corrections: Correction[] = []) =>
    JSON.stringify(articleEntry(path, analyseWhole(ARTICLES[file], undefined, localDay(statSync(join(folder, file)).mtime), corrections)));

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'newslens-index-'));
    folder = join(root, 'archive');
    for (const [path, text] of Object.entries(ARTICLES)) write(path, text);
    write('binary.txt', Buffer.from('Putin\0visited'));
    write('latin1.md', Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]));
    write('node_modules/pkg/README.md', 'Putin visited Beijing.\n');
    write('.git/notes.txt', 'Putin visited Beijing.\n');
    write('.drafts/draft.news', 'Putin visited Beijing.\n');
    write('code.js', 'const Putin = 1;\n');
    write('long.txt', `${'Karin Keller met bankers. '.repeat(100)}\n`); // 2,601 characters
    write('huge.news', 'x'.repeat(10_000));
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'secret.txt'), 'Putin visited Beijing.\n');
    symlinkSync(join(root, 'outside', 'secret.txt'), join(folder, 'link-out.txt'));
    symlinkSync(join(root, 'outside'), join(folder, 'outside-folder'));
    symlinkSync('z.txt', join(folder, 'link-in.txt'));
    symlinkSync('2024', join(folder, 'link-folder'));
    symlinkSync('missing.txt', join(folder, 'broken.txt'));
    symlinkSync(join(root, 'outside', 'secret.txt'), join(folder, 'link-out.js'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  // Path order compares paths folder by folder, as a tree lists them: 2024/… before 2024-notes.txt ("2024" < "2024-notes.txt").
  const expectedStdout = () => [
    entry('2024/03/budget.news'), entry('2024/summit.md'), entry('2024-notes.txt'), entry('Chelsea.TXT'), entry('link-in.txt', 'z.txt'), entry('z.txt'),
  ].map((line) => `${line}\n`).join('');
  const expectedStderr = (shown: string) => [
    `${shown}/binary.txt: binary file, not indexed`,
    `${shown}/broken.txt: broken symbolic link, not indexed`,
    `${shown}/huge.news: 10,000 bytes, more than --max-characters 2000: not indexed`,
    `${shown}/latin1.md: binary file, not indexed (not valid UTF-8 text)`,
    `${shown}/link-folder: symbolic link to a folder, not followed`,
    `${shown}/link-out.txt: symbolic link to outside the folder, not followed`,
    `${shown}/long.txt: 2,601 characters, more than --max-characters 2000: not indexed`,
    `${shown}/outside-folder: symbolic link to outside the folder, not followed`,
  ].map((line) => `newslens: ${line}\n`).join('');

  it('writes one entry per article in path order, and says on stderr what it skipped and why', async () => {
    const run = await runInProcess(['index', folder, '--max-characters', '2000']);
    assert.equal(run.stderr, expectedStderr(folder));
    assert.equal(run.stdout, expectedStdout());
    assert.equal(run.code, 0);
    const summit = JSON.parse(run.stdout.split('\n')[1]);
    assert.deepEqual(Object.keys(summit), ['path', 'articleDate', 'entities']);
    assert.deepEqual(summit.entities.map((entity: { name: string; mentions: number }) => `${entity.name} ${entity.mentions}`), ['Li Qiang 1', 'Vladimir Putin 2', 'Beijing 1']);
  });

  it('writes the same to --out FILE, nothing to stdout, and never reads its own output file', async () => {
    const out = join(folder, 'facts.txt');
    const run = await runInProcess(['index', folder, '--max-characters=2000', '--out', out, '--quiet']);
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', expectedStderr(folder)]);
    assert.equal(readFileSync(out, 'utf8'), expectedStdout());
    rmSync(out);
  });

  it('writes the same with --jobs 2 as with --jobs 1', async () => {
    const host: CliHost = await workerHost(2);
    const one = await runInProcess(['index', folder, '--max-characters', '2000', '--jobs', '1'], '', { host });
    assert.deepEqual(await runInProcess(['index', folder, '--max-characters', '2000', '--jobs', '2'], '', { host }), one);
    assert.deepEqual(await runInProcess(['index', folder, '--max-characters', '2000'], '', { host }), one);
  });

  it('applies the .newslens.json of DIR to every article, unless --no-corrections', async () => {
    const corrections: Correction[] = [{ name: 'Chelsea', kind: 'organization' }];
    writeFileSync(join(folder, '.newslens.json'), JSON.stringify({ version: 1, corrections }));
    try {
      const run = await runInProcess(['index', folder]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout.split('\n')[3], entry('Chelsea.TXT', 'Chelsea.TXT', corrections));
      assert.notEqual(entry('Chelsea.TXT', 'Chelsea.TXT', corrections), entry('Chelsea.TXT'), 'the correction changes the entry');
      assert.equal((await runInProcess(['index', folder, '--no-corrections'])).stdout.split('\n')[3], entry('Chelsea.TXT'));
      writeFileSync(join(folder, '.newslens.json'), '{"version": 1, "corrections": [{"name": "Chelsea", "kind": "club"}]}');
      const bad = await runInProcess(['index', folder]);
      assert.deepEqual([bad.code, bad.stdout], [2, '']);
      assert.match(bad.stderr, /\.newslens\.json:1:\d+: .*"kind" must be one of/);
    } finally {
      rmSync(join(folder, '.newslens.json'));
    }
  });

  it('fails with exit status 1 when DIR is missing or a file, or the output cannot be written', async () => {
    const missing = await runInProcess(['index', join(root, 'nope')]);
    assert.deepEqual([missing.code, missing.stdout, missing.stderr], [1, '', `newslens: ${join(root, 'nope')}: no such folder\n`]);
    const file = await runInProcess(['index', join(folder, 'z.txt')]);
    assert.deepEqual([file.code, file.stderr], [1, `newslens: ${join(folder, 'z.txt')}: not a folder\n`]);
    const out = await runInProcess(['index', folder, '--out', join(root, 'no-such-folder', 'facts.jsonl')]);
    assert.deepEqual([out.code, out.stdout], [1, '']);
    assert.match(out.stderr, /^newslens: cannot write .*facts\.jsonl: no such file \(ENOENT\)\n$/);
  });

  it('fails with exit status 1 when a file or folder cannot be read, and still indexes the others', async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads every file whatever its mode
    write('locked/secret.txt', 'Putin visited Beijing.\n');
    write('unreadable.txt', 'Putin visited Beijing.\n');
    chmodSync(join(folder, 'locked'), 0o000);
    chmodSync(join(folder, 'unreadable.txt'), 0o000);
    try {
      const run = await runInProcess(['index', folder, '--max-characters', '2000']);
      assert.equal(run.code, 1);
      assert.equal(run.stdout, expectedStdout());
      assert.match(run.stderr, /\/locked: cannot read the folder: permission denied\n/);
      assert.match(run.stderr, /\/unreadable\.txt: permission denied\n/);
    } finally {
      chmodSync(join(folder, 'locked'), 0o755);
      rmSync(join(folder, 'locked'), { recursive: true });
      rmSync(join(folder, 'unreadable.txt'));
    }
  });
});
