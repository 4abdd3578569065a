// `--jsonl --jobs N`: worker threads change nothing a reader can see — the same bytes on stdout and stderr, the same
// exit status, in input order — and the run never reads far ahead of its output.
import assert from 'node:assert/strict';
import { PassThrough, Readable, Writable } from 'node:stream';
import { runCli, type CliHost } from '../../../src/cli/runCli';
import { fixtureJsonl } from './fixtureLines';
import { runInProcess } from './runInProcess';
import { workerHost } from './workerHost';

const ids = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line).id);

describe('--jsonl --jobs', function () {
  this.timeout(60_000);
  let host: CliHost;
  before(async () => { host = await workerHost(2); });

  for (const command of ['annotate', 'check']) {
    it(`${command}: --jobs 2 writes what --jobs 1 writes, byte for byte, on the fixture articles`, async () => {
      const input = fixtureJsonl();
      const one = await runInProcess([command, '--jsonl', '--jobs', '1'], input, { host });
      const two = await runInProcess([command, '--jsonl', '--jobs', '2'], input, { host });
      assert.equal(one.code, 0, one.stderr);
      assert.deepEqual(two, one);
      assert.equal(ids(one.stdout).length, input.trim().split('\n').length);
    });
  }

  it('keeps input order when a long first line finishes after the short ones behind it', async () => {
    const long = { id: 'long', text: Array(40).fill('Minister Anna Keller visited Bern on Monday, officials said. ').join('') };
    const records = [long, ...Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, text: `Li Qiang met Putin in Beijing ${i}.` })), long];
    const input = records.map((record) => JSON.stringify(record)).join('\n');
    const two = await runInProcess(['annotate', '--jsonl', '--jobs', '2'], input, { host });
    assert.deepEqual(ids(two.stdout), records.map((record) => record.id));
    assert.deepEqual(two, await runInProcess(['annotate', '--jsonl', '--jobs', '1'], input));
  });

  it('writes a line of thousands of mentions, made in pieces on the worker and handed over, as --jobs 1 writes it', async () => {
    const text = Array(1500).fill('Minister Anna Keller visited Bern on Monday.').join(' ');
    const input = [{ id: 'short', text: 'Bern is calm.' }, { id: 'huge', text }, { id: 'after', text: 'Zürich is calm.' }].map((record) => JSON.stringify(record)).join('\n');
    const two = await runInProcess(['annotate', '--jsonl', '--jobs', '2'], input, { host });
    assert.equal(two.code, 0, two.stderr);
    assert.ok(JSON.parse(two.stdout.split('\n')[1]).mentions.length >= 4096);
    assert.deepEqual(two, await runInProcess(['annotate', '--jsonl', '--jobs', '1'], input));
  });

  it('answers failing lines in the middle exactly as without --jobs: same lines, same stderr, exit status 1', async () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"a","text":"Bern is calm."}\n{"id":"b","text":\n\n{"id":"c"}\n'),
      Buffer.concat([Buffer.from('{"id":"d","text":"B'), Buffer.from([0xff]), Buffer.from('ern"}\n')]), // not UTF-8
      Buffer.from('{"id":"e","text":"Zurich is calm.","date":"2025-13-40"}\n{"id":"f","text":"Li Qiang met Putin."}\n'),
    ]);
    for (const command of ['annotate', 'check']) {
      const one = await runInProcess([command, '--jsonl'], input);
      const two = await runInProcess([command, '--jsonl', '--jobs', '2'], input, { host });
      assert.equal(one.code, 1);
      assert.deepEqual(two, one, command);
      assert.deepEqual(ids(two.stdout), ['a', null, 'c', 'd', 'e', 'f']);
      assert.deepEqual(two.stderr.trim().split('\n').map((line) => /stdin line (\d+)/.exec(line)?.[1]), ['2', '4', '5', '6']);
    }
  });

  it('takes the host\'s parallelism when --jobs is not given, and starts no worker for --jobs 1', async () => {
    let started = 0;
    const counting: CliHost = { parallelism: 2, startWorker: (spec) => { started++; return (host.startWorker as NonNullable<CliHost['startWorker']>)(spec); } };
    const input = fixtureJsonl();
    const byDefault = await runInProcess(['annotate', '--jsonl'], input, { host: counting });
    assert.equal(started, 2);
    assert.deepEqual(byDefault, await runInProcess(['annotate', '--jsonl', '--jobs', '1'], input, { host: counting }));
    assert.equal(started, 2);
  });

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs} answers each line before the next arrives, for a tool that waits for each answer`, async () => {
      const stdin = new PassThrough();
      const stdout = new PassThrough();
      const answers: string[] = [];
      let answered = (): void => undefined;
      stdout.on('data', (chunk: Buffer) => { answers.push(...chunk.toString().split('\n').filter(Boolean)); answered(); });
      const run = runCli(['annotate', '--jsonl', '--jobs', jobs], { stdin, stdout, stderr: new PassThrough() }, host);
      for (let i = 0; i < 3; i++) {
        const next = new Promise<void>((resolve) => { answered = resolve; });
        stdin.write(`${JSON.stringify({ id: i, text: 'Li Qiang met Putin in Beijing.' })}\n`);
        await next;
        assert.equal(JSON.parse(answers[i]).id, i);
      }
      stdin.end();
      assert.equal(await run, 0);
      assert.equal(answers.length, 3);
    });

    it(`--jobs ${jobs} stops reading stdin while stdout is not taking its lines`, async () => {
      let read = 0;
      const lines = function* () {
        for (let i = 0; i < 400; i++) {
          read++;
          yield `${JSON.stringify({ id: i, text: `Minister Anna Keller visited Bern on Monday ${i}.` })}\n`;
        }
      };
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => { release = resolve; });
      const written: string[] = [];
      const stdout = new Writable({ highWaterMark: 1, write(chunk: Buffer, _encoding, done) { written.push(chunk.toString()); void released.then(() => done()); } });
      const stderr = new Writable({ write(_chunk, _encoding, done) { done(); } });
      const run = runCli(['annotate', '--jsonl', '--jobs', jobs], { stdin: Readable.from(lines()), stdout, stderr }, host);
      await new Promise((resolve) => setTimeout(resolve, 700));
      // Readable.from buffers 16 records; the run holds at most 2N more (one being written).
      assert.ok(read < 16 + 2 * Number(jobs) + 4, `read ${read} lines while stdout took 1`);
      release();
      assert.equal(await run, 0);
      assert.deepEqual(written.map((line) => JSON.parse(line).id), Array.from({ length: 400 }, (_, i) => i));
    });
  }
});
