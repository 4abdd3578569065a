// The bundled `newslens` bin, run as a user runs it: a real process, real exit codes, a reader that goes away.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { FileReportJson } from '../../../src/format';
import { REPO_ROOT } from '../../../scripts/shared.mjs';
import { runUntilReaderGoesAway } from './readerGoesAway';

describe('the built newslens bin', function () {
  this.timeout(60000);
  let folder: string;
  let cli: string;

  // Bundles src/cli.ts as esbuild.mjs does for dist/cli.js, into a private folder, so concurrent builds never race.
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newslens-bin-'));
    await build({
      entryPoints: { cli: join(REPO_ROOT, 'src/cli.ts') }, outdir: folder, bundle: true, format: 'cjs', platform: 'node',
      target: 'node20', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error',
    });
    cli = join(folder, 'cli.js');
    chmodSync(cli, 0o755);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('runs directly through its #!/usr/bin/env node line and prints the version', () => {
    const run = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, `${version}\n`, '']);
  });

  it('exits 2 on bad usage and 1 when a file is missing, with messages on stderr only', () => {
    const usage = spawnSync(process.execPath, [cli, 'annotate', '--date', '2025-13-40', 'x.txt'], { encoding: 'utf8' });
    assert.deepEqual([usage.status, usage.stdout], [2, '']);
    assert.match(usage.stderr, /^newslens: invalid --date/);
    const missing = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', join(folder, 'nope.txt')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.deepEqual(JSON.parse(missing.stdout), []);
    assert.match(missing.stderr, /nope\.txt: no such file/);
  });

  it('annotates a file and prints JSON the contract describes', () => {
    const text = 'ZURICH, May 4 - Finance Minister Karin Keller met bankers in Zurich on Friday.\n';
    writeFileSync(join(folder, 'a.news'), text);
    const run = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', join(folder, 'a.news')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as FileReportJson[];
    assert.deepEqual(Object.keys(report), ['file', 'articleDate', 'analysedChars', 'warnings', 'mentions', 'entities']);
    assert.deepEqual(report.mentions.map(({ kind, text: written }) => `${kind} ${written}`), ['place ZURICH', 'date May 4', 'person Karin Keller', 'place Zurich', 'date Friday']);
    assert.deepEqual(report.entities.find((entity) => entity.kind === 'person'), { id: 'person:karin-keller', kind: 'person', name: 'Karin Keller', role: 'Finance Minister', mentions: [2] });
    for (const mention of report.mentions) {
      assert.equal(mention.text, text.slice(mention.start, mention.end));
      assert.deepEqual(Object.keys(mention).slice(0, 5), ['kind', 'start', 'end', 'text', 'entity'], 'the contract\'s keys, in its order');
    }
  });

  it('stops quietly when its reader goes away (newslens … | head)', async () => {
    const { code, signal, stderr } = await runUntilReaderGoesAway(cli, ['annotate', '--jsonl']);
    assert.deepEqual([code, signal], [0, null]);
    assert.equal(stderr, '');
  });

  it('reports a write error (stdout on /dev/full) in one line, no stack trace, and exits 1', function () {
    if (!existsSync('/dev/full')) this.skip();
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [cli, 'annotate', join(REPO_ROOT, 'examples/sample-article.news')], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.deepEqual([run.status, run.stderr], [1, 'newslens: cannot write the output: no space left on device (ENOSPC)\n']);
    } finally {
      closeSync(full);
    }
  });

  it('reports stdin that cannot be read (--jsonl < a directory) in one line and exits 1', () => {
    const directory = openSync(folder, 'r');
    try {
      const run = spawnSync(process.execPath, [cli, 'annotate', '--jsonl'], { stdio: [directory, 'pipe', 'pipe'], encoding: 'utf8' });
      assert.deepEqual([run.status, run.stdout, run.stderr], [1, '', 'newslens: cannot read stdin: is a directory, not a file (EISDIR)\n']);
    } finally {
      closeSync(directory);
    }
  });

  it('annotates a 5 MB file whole, periods line included, with names at its end at the right offsets', function () {
    this.timeout(180_000); // about 15 s alone; a loaded 2-core machine (npm test beside other work) has taken over 60 s
    const sample = readFileSync(join(REPO_ROOT, 'examples/sample-article.news'), 'utf8');
    // Plain prose between two copies of the article keeps the run short; a 5 MB article of real news takes ~40 s (npm run bench territory).
    const prose = 'the committee met again and the talks went on into the night while the staff waited outside. ';
    const text = `${sample}${'.'.repeat(100000)}\n${prose.repeat(Math.ceil(5e6 / prose.length))}\n${sample}`;
    writeFileSync(join(folder, 'big.news'), text);
    const run = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', join(folder, 'big.news')], { encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(run.status, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as FileReportJson[];
    assert.equal(report.analysedChars, text.length);
    assert.deepEqual(report.warnings, []);
    for (const mention of report.mentions) assert.equal(mention.text, text.slice(mention.start, mention.end));
    const lastMarchetti = report.mentions.filter((m) => m.text === 'Marchetti').pop();
    assert.ok(lastMarchetti && lastMarchetti.start > 5e6, `last "Marchetti" at ${lastMarchetti?.start}`);
  });
});
