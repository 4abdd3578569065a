// --jobs, --progress and --quiet: bad values are bad usage (exit 2, nothing on stdout), and progress goes to stderr
// only — on a terminal by itself, elsewhere only with --progress, never with --quiet — and never changes stdout.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { Progress } from '../../../src/cli/jobs/progress';
import { parseArgs } from '../../../src/cli/parseArgs';
import { fixtureJsonl } from './fixtureLines';
import { runInProcess } from './runInProcess';

describe('--jobs, --progress and --quiet', () => {
  const badUsage: Array<[string[], RegExp]> = [
    [['annotate', '--jsonl', '--jobs', '0'], /^newslens: invalid --jobs '0': expected a whole number of worker threads from 1 to 256\n/],
    [['annotate', '--jsonl', '--jobs', '-1'], /^newslens: invalid --jobs '-1'/],
    [['annotate', '--jsonl', '--jobs=x'], /^newslens: invalid --jobs 'x'/],
    [['check', '--jsonl', '--jobs', '1.5'], /^newslens: invalid --jobs '1.5'/],
    [['check', '--jsonl', '--jobs='], /^newslens: invalid --jobs ''/],
    [['annotate', '--jsonl', '--jobs', '257'], /^newslens: invalid --jobs '257'/],
    [['annotate', '--jsonl', '--jobs'], /^newslens: --jobs needs a value/],
    [['annotate', '--jsonl', '--jobs', '2', '--jobs', '3'], /^newslens: --jobs given twice/],
    [['annotate', 'a.news', '--jobs', '2'], /^newslens: --jobs applies to --jsonl only \(files are annotated one after another\)/],
    [['check', 'a.news', '--progress'], /^newslens: --progress applies to --jsonl only/],
    [['annotate', '--jsonl', '--progress', '--quiet'], /^newslens: --progress and --quiet contradict each other/],
    [['index', 'dir', '--jobs', 'two'], /^newslens: invalid --jobs 'two'/],
    [['index'], /^newslens: missing DIR to index/],
    [['index', 'a', 'b'], /^newslens: index takes one DIR, not 2/],
    [['index', 'a', '--max-characters', '0'], /^newslens: invalid --max-characters '0'/],
    [['index', 'a', '--out', ''], /^newslens: --out needs a value/],
    [['index', 'a', '--format', 'json'], /^newslens: unknown option '--format'/],
  ];
  for (const [argv, message] of badUsage) {
    it(`refuses ${argv.join(' ')} with exit status 2 and nothing on stdout`, async () => {
      const run = await runInProcess(argv, '{"id":1,"text":"Bern."}\n');
      assert.deepEqual([run.code, run.stdout], [2, '']);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /\nUsage: newslens annotate/);
    });
  }

  it('reads --jobs, --progress and --quiet into the command only when given', () => {
    assert.deepEqual(parseArgs(['annotate', '--jsonl', '--jobs', '3', '--quiet']), { command: 'annotate', files: [], jsonl: true, format: 'text', jobs: 3, progress: 'off' });
    assert.equal((parseArgs(['check', '--jsonl', '--jobs=1', '--progress']) as { jobs?: number }).jobs, 1);
    assert.deepEqual(parseArgs(['index', 'archive', '--out', 'facts.jsonl', '--jobs', '4']), { command: 'index', folder: 'archive', out: 'facts.jsonl', maxCharacters: 200_000, jobs: 4 });
  });

  it('shows no progress when stderr is not a terminal, and the same stderr as before', async () => {
    const input = fixtureJsonl();
    const plain = await runInProcess(['annotate', '--jsonl'], input);
    assert.equal(plain.stderr, '');
    assert.deepEqual(await runInProcess(['annotate', '--jsonl', '--quiet'], input, { stderrIsTTY: true }), plain);
  });

  it('with --progress writes its lines to stderr, never to stdout', async () => {
    const input = fixtureJsonl();
    const plain = await runInProcess(['annotate', '--jsonl'], input);
    const shown = await runInProcess(['annotate', '--jsonl', '--progress'], input);
    assert.equal(shown.stdout, plain.stdout);
    const count = input.trim().split('\n').length;
    assert.match(shown.stderr, new RegExp(`^newslens: ${count} lines in \\d+\\.\\d s, [\\d.,]+ lines/s\n$`));
    assert.ok(!shown.stdout.includes('lines/s'));
  });

  it('on a terminal, draws its line in place and clears it before each message, which is kept whole', async () => {
    const run = await runInProcess(['annotate', '--jsonl'], '{"id":1,"text":"Bern."}\nnot json\n{"id":3,"text":"Zurich."}\n', { stderrIsTTY: true });
    assert.equal(run.code, 1);
    const shown = run.stderr.split('\r\x1b[K').filter(Boolean);
    assert.ok(shown.some((piece) => /^newslens: stdin line 2: invalid JSON: [^\n]+\n$/.test(piece)), JSON.stringify(run.stderr));
    assert.match(shown[shown.length - 1], /^newslens: 3 lines in \d+\.\d s, [\d.,]+ lines\/s\n$/);
  });

  it('counts and rates as it goes: a line every 5 s off a terminal, redrawn every 200 ms on one', () => {
    let now = 0;
    for (const terminal of [false, true]) {
      const stderr = Object.assign(new PassThrough(), terminal ? { isTTY: true } : {});
      const written: string[] = [];
      stderr.on('data', (chunk: Buffer) => written.push(chunk.toString()));
      const progress = Progress.of('on', stderr, 'files', () => now) as Progress;
      for (let i = 0; i < 100; i++) { now += 100; progress.tick(); }
      progress.finish();
      const lines = written.join('').split(terminal ? '\r\x1b[K' : '\n').filter(Boolean);
      assert.equal(lines.length, terminal ? 51 : 3, lines.join('|'));
      assert.equal(lines[terminal ? 49 : 0], terminal ? 'newslens: 100 files, 10 files/s' : 'newslens: progress: 50 files, 10 files/s');
      assert.equal(lines[lines.length - 1].trim(), 'newslens: 100 files in 10.0 s, 10 files/s');
    }
  });
});
