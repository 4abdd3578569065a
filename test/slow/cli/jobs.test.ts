// `--jobs` through the bundled bin as a real process, on real news: the shared corpora's TimeBank and AQUAINT
// articles as JSON lines (when the shared folder is there) and the repository's own articles (always). --jobs 2, and
// the default (the machine's cores), write what --jobs 1 writes, byte for byte.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, REPO_ROOT } from '../../../scripts/shared.mjs';
import { stripTimemlText } from '../../../scripts/eval/readers/timeml';
import { needsShared } from '../../unit/helpers/needsShared';
import { fixtureJsonl } from '../../unit/cli/fixtureLines';
import { builtCli } from '../../unit/cli/workerHost';
import { runUntilReaderGoesAway } from './readerGoesAway';

const TIMEML = join(corpusDir(), 'timeml');

/** The TimeML corpora's articles (TimeBank, then AQUAINT, by file name) as {"id", "text"} lines. */
function corpusJsonl(folders: readonly string[]): string {
  return folders.flatMap((folder) => readdirSync(join(TIMEML, folder)).filter((name) => name.endsWith('.tml')).sort().map((name) => {
    const text = stripTimemlText(readFileSync(join(TIMEML, folder, name), 'utf8')).text;
    return `${JSON.stringify({ id: `${folder}/${name}`, text })}\n`;
  })).join('');
}

describe('--jobs through the built bin', function () {
  this.timeout(180_000);
  let cli: string;
  before(async () => { cli = await builtCli(); });
  const run = (args: string[], input: string): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seen = (result: SpawnSyncReturns<string>) => ({ status: result.status, stdout: result.stdout, stderr: result.stderr });

  it('annotate: --jobs 2 writes what --jobs 1 writes on the TimeBank and AQUAINT articles', function () {
    needsShared(this, TIMEML);
    const input = corpusJsonl(['timebank', 'aquaint']);
    const one = seen(run(['annotate', '--jsonl', '--jobs', '1'], input));
    assert.equal(one.status, 0, one.stderr);
    assert.equal(one.stdout.split('\n').length - 1, input.split('\n').length - 1);
    assert.deepEqual(seen(run(['annotate', '--jsonl', '--jobs', '2'], input)), one);
  });

  it('check: --jobs 2 writes what --jobs 1 writes on 60 TimeBank articles', function () {
    needsShared(this, TIMEML);
    const input = corpusJsonl(['timebank']).split('\n').slice(0, 60).join('\n');
    const one = seen(run(['check', '--jsonl', '--jobs', '1'], input));
    assert.equal(one.status, 0, one.stderr);
    assert.ok(one.stdout.includes('"rule":'), 'some findings');
    assert.deepEqual(seen(run(['check', '--jsonl', '--jobs', '2'], input)), one);
  });

  for (const command of ['annotate', 'check']) {
    it(`${command}: --jobs 2 and the default write what --jobs 1 writes on the repository's articles`, () => {
      const input = fixtureJsonl();
      const one = seen(run([command, '--jsonl', '--jobs', '1'], input));
      assert.equal(one.status, 0, one.stderr);
      assert.deepEqual(seen(run([command, '--jsonl', '--jobs', '2'], input)), one);
      assert.deepEqual(seen(run([command, '--jsonl'], input)), one);
    });
  }

  it('--progress writes only to stderr; stdout stays what it is without it', () => {
    const input = fixtureJsonl();
    const plain = run(['annotate', '--jsonl', '--jobs', '2'], input);
    const shown = run(['annotate', '--jsonl', '--jobs', '2', '--progress'], input);
    assert.equal(shown.stdout, plain.stdout);
    assert.match(shown.stderr, /^newslens: 27 lines in \d+\.\d s, [\d.,]+ lines\/s\n$/);
  });

  it('index: --jobs 2 writes what --jobs 1 writes for the workspace fixtures', () => {
    const folder = join(REPO_ROOT, 'test/fixtures/workspace');
    const one = seen(run(['index', folder, '--jobs', '1'], ''));
    assert.equal(one.status, 0, one.stderr);
    assert.deepEqual(one.stdout.trim().split('\n').map((line) => JSON.parse(line).path), ['checks-draft.news', 'match-report.news', 'notes.md', 'plain.txt', 'story-package/explainer.md', 'story-package/main.news', 'story-package/sidebar.news']);
    assert.deepEqual(seen(run(['index', folder, '--jobs', '2'], '')), one);
  });

  it('with --jobs 2 stops quietly when its reader goes away (newslens … | head)', async () => {
    const { code, signal, stderr } = await runUntilReaderGoesAway(cli, ['annotate', '--jsonl', '--jobs', '2']);
    assert.deepEqual([code, signal, stderr], [0, null, '']);
  });
});
