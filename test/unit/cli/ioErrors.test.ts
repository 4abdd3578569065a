// Output that cannot be written and input that cannot be read: one clear line on stderr and exit status 1, never a stack trace.
import assert from 'node:assert/strict';
import { PassThrough, Readable, Writable } from 'node:stream';
import { runCli } from '../../../src/cli/runCli';
import { REPO_ROOT } from './runInProcess';

const systemError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/** A stdout that fails every write with ENOSPC, as `> /dev/full` does; `later` fails it on a later tick, as an async pipe would. */
function fullDisk(later: boolean): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      const fail = () => callback(systemError('ENOSPC', 'no space left on device, write'));
      if (later) setImmediate(fail);
      else fail();
    },
  });
}

async function run(argv: string[], stdin: Readable, stdout: Writable): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await runCli(argv, { stdin, stdout, stderr });
  return { code, stderr: Buffer.concat(chunks).toString('utf8') };
}

describe('newslens when output cannot be written or input cannot be read', () => {
  const article = `${REPO_ROOT}/examples/sample-article.news`;

  for (const later of [false, true]) {
    it(`reports a write error ${later ? 'that arrives later ' : ''}in one line and exits 1`, async () => {
      const result = await run(['annotate', article, article], Readable.from([]), fullDisk(later));
      assert.deepEqual(result, { code: 1, stderr: 'newslens: cannot write the output: no space left on device (ENOSPC)\n' });
    });
  }

  it('reports a write error of --jsonl and of --help the same way', async () => {
    const jsonl = await run(['annotate', '--jsonl'], Readable.from(['{"id":1,"text":"Bern."}\n{"id":2,"text":"Zurich."}\n']), fullDisk(false));
    const help = await run(['--help'], Readable.from([]), fullDisk(false));
    for (const result of [jsonl, help]) assert.deepEqual(result, { code: 1, stderr: 'newslens: cannot write the output: no space left on device (ENOSPC)\n' });
  });

  it('still stops quietly with exit 0 when the reader goes away (EPIPE)', async () => {
    const gone = new Writable({ write(_chunk, _encoding, callback) { callback(systemError('EPIPE', 'broken pipe, write')); } });
    assert.deepEqual(await run(['annotate', article], Readable.from([]), gone), { code: 0, stderr: '' });
  });

  it('reports a stdin read error for --jsonl after answering the lines read before it, and exits 1', async () => {
    const stdin = new Readable({ read() { /* fed below */ } });
    stdin.push('{"id":"a","text":"Bern is calm."}\n');
    setImmediate(() => stdin.destroy(systemError('EISDIR', 'illegal operation on a directory, read')));
    const stdout = new PassThrough();
    const lines: string[] = [];
    stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const result = await run(['annotate', '--jsonl'], stdin, stdout);
    assert.deepEqual(result, { code: 1, stderr: 'newslens: cannot read stdin: is a directory, not a file (EISDIR)\n' });
    assert.deepEqual(lines.map((line) => JSON.parse(line).id), ['a']);
  });
});
