import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { annotateJsonlLine } from '../../../src/cli/annotateJsonl';
import { runCli } from '../../../src/cli/runCli';
import type { Mention } from '../../../src/engine';
import { runInProcess } from './runInProcess';

const MENTION_KEY_ORDER = ['kind', 'start', 'end', 'text', 'entity', 'role', 'dateType', 'value', 'figureType', 'unit', 'speaker'];
const parseLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('newslens annotate --jsonl', () => {
  it('writes exactly one line per record, in input order, with the id echoed', async () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ id: `doc-${i}`, text: `Minister Anna Keller visited Bern on Monday ${i}.` }));
    const run = await runInProcess(['annotate', '--jsonl'], records.map((record) => JSON.stringify(record)).join('\n'));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = parseLines(run.stdout);
    assert.deepEqual(lines.map((line) => line.id), records.map((record) => record.id));
    lines.forEach((line, i) => {
      assert.deepEqual(Object.keys(line), ['id', 'mentions']);
      for (const mention of line.mentions as Mention[]) {
        const keys = Object.keys(mention);
        assert.deepEqual(keys, MENTION_KEY_ORDER.filter((key) => keys.includes(key)));
        assert.equal(mention.text, records[i].text.slice(mention.start, mention.end));
      }
    });
  });

  it('writes a long output line (written apart from its break) with the same bytes, between short ones', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Minister Anna Keller met José Müller in Bern on Monday, “day ${i}”.`).join(' ');
    const records = [{ id: 'a', text: 'Bern is calm.' }, { id: 'long', text: long, date: '2025-11-03' }, { id: 'c', text: 'Zürich is calm.' }];
    const lines = records.map((record) => JSON.stringify(record));
    const run = await runInProcess(['annotate', '--jsonl'], lines.join('\n'));
    assert.equal(run.code, 0, run.stderr);
    const expected = lines.map((line) => `${JSON.stringify(annotateJsonlLine(line).result)}\n`);
    assert.ok(expected[1].length > 1 << 16, `${expected[1].length} characters`);
    assert.equal(run.stdout, expected.join(''));
  });

  it('answers bad lines with an error line, a stderr message naming the line, and exit code 1', async () => {
    const input = [
      '{"id":"a","text":"Bern is calm."}',
      '{"id":"b","text":',
      '{"id":"c"}',
      '{"id":"d","text":"Bern.","date":"2025-13-40"}',
      '[1,2]',
      '{"id":7,"text":42}',
      '{"id":"e","text":"Zurich is calm.","date":"2025-11-03"}',
    ].join('\n');
    const run = await runInProcess(['annotate', '--jsonl'], input);
    assert.equal(run.code, 1);
    const lines = parseLines(run.stdout);
    assert.deepEqual(lines.map((line) => line.id), ['a', null, 'c', 'd', null, 7, 'e']);
    for (const index of [1, 2, 3, 4, 5]) {
      assert.deepEqual(Object.keys(lines[index]), ['id', 'mentions', 'error']);
      assert.deepEqual(lines[index].mentions, []);
      assert.ok(lines[index].error.length > 0);
    }
    assert.equal(lines[0].error, undefined);
    assert.equal(lines[6].error, undefined);
    const messages = run.stderr.trim().split('\n');
    assert.deepEqual(messages.map((message) => /^newslens: stdin line (\d+): /.exec(message)?.[1]), ['2', '3', '4', '5', '6']);
  });

  it('skips blank lines without output but keeps counting them for line numbers', async () => {
    const run = await runInProcess(['annotate', '--jsonl'], '\n{"id":"a","text":"x"}\r\n   \n\nnot json\n');
    assert.deepEqual(parseLines(run.stdout).map((line) => line.id), ['a', null]);
    assert.match(run.stderr, /^newslens: stdin line 5: invalid JSON/);
  });

  it('uses a line\'s "date", else --date, as the article date', () => {
    // The article date itself is not in the jsonl output; what a user sees is the resolved date value.
    const withDate = annotateJsonlLine('{"id":1,"text":"It rained on Monday.","date":"2025-11-03"}', '2020-01-01');
    const withDefault = annotateJsonlLine('{"id":1,"text":"It rained on Monday."}', '2025-11-03');
    assert.deepEqual(withDate, withDefault);
  });

  it('accepts a null date and ignores extra fields', () => {
    assert.equal(annotateJsonlLine('{"id":"x","text":"Hello.","date":null,"lang":"en"}').result.error, undefined);
  });

  it('writes nothing for empty input', async () => {
    const run = await runInProcess(['annotate', '--jsonl'], '');
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
  });
});

/** Runs `newslens annotate --jsonl` on raw stdin bytes, given in chunks exactly as they would arrive. */
async function runOnBytes(...chunks: Buffer[]): Promise<{ code: number; lines: { id: unknown; mentions: Mention[]; error?: string }[]; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runCli(['annotate', '--jsonl'], { stdin: Readable.from(chunks), stdout, stderr });
  return { code, lines: parseLines(Buffer.concat(out).toString('utf8')), stderr: Buffer.concat(err).toString('utf8') };
}

describe('newslens annotate --jsonl on raw bytes', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  it('refuses a line with invalid UTF-8 as a file with those bytes is refused, and still answers the others', async () => {
    const bad = Buffer.concat([utf8('{"id":"b","text":"Bern '), Buffer.from([0xff, 0xfe]), utf8(' is calm."}\n')]);
    const badId = Buffer.concat([utf8('{"id":"c'), Buffer.from([0xc3]), utf8('","text":"Zurich."}\n')]);
    const run = await runOnBytes(utf8('{"id":"a","text":"Bern is calm."}\n'), bad, badId, utf8('{"id":"d","text":"Geneva is calm."}\n'));
    assert.equal(run.code, 1);
    assert.deepEqual(run.lines.map((line) => line.id), ['a', 'b', null, 'd']);
    for (const line of [run.lines[1], run.lines[2]]) {
      assert.deepEqual(Object.keys(line), ['id', 'mentions', 'error']);
      assert.deepEqual(line.mentions, []);
      assert.match(line.error ?? '', /^not valid UTF-8 text/);
    }
    assert.equal(run.lines[0].error, undefined);
    assert.equal(run.lines[3].error, undefined);
    assert.ok(!JSON.stringify(run.lines).includes('\uFFFD'), 'no replacement character reaches the output');
    assert.deepEqual(run.stderr.trim().split('\n').map((message) => /^newslens: stdin line (\d+): not valid UTF-8 text/.exec(message)?.[1]), ['2', '3']);
  });

  it('keeps a character split across chunks whole, and a CRLF split across chunks one line break', async () => {
    const line = utf8('{"id":"z","text":"Zürich 😀 Li Qiang."}\r\n');
    const cut = line.indexOf(0xc3) + 1;
    const run = await runOnBytes(line.subarray(0, cut), line.subarray(cut, line.length - 1), line.subarray(line.length - 1), utf8('{"id":"y","text":"x"}'));
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.lines.map((result) => result.id), ['z', 'y']);
    for (const mention of run.lines[0].mentions) assert.equal(mention.text, 'Zürich 😀 Li Qiang.'.slice(mention.start, mention.end));
  });

  it('ends a line at LF, CRLF or a lone CR, drops a byte order mark only on the first line, and answers a last line without a break', async () => {
    const run = await runOnBytes(utf8('\uFEFF{"id":1,"text":"a"}\r{"id":2,"text":"b"}\r\n\uFEFF{"id":3,"text":"c"}\n{"id":4,"text":"d"}'));
    assert.deepEqual(run.lines.map((line) => [line.id, line.error === undefined]), [[1, true], [2, true], [null, false], [4, true]]);
    assert.match(run.stderr, /^newslens: stdin line 3: invalid JSON/);
  });
});

describe('newslens annotate --jsonl streaming', () => {
  it('answers each line before the next one arrives, so huge inputs never sit in memory', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const received: string[] = [];
    let onLine: (() => void) | undefined;
    stdout.on('data', (chunk: Buffer) => {
      received.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      onLine?.();
    });
    const nextLine = (count: number) => new Promise<void>((resolve) => {
      onLine = () => { if (received.length >= count) resolve(); };
      onLine();
    });
    const exitCode = runCli(['annotate', '--jsonl'], { stdin, stdout, stderr });
    stdin.write('{"id":"first","text":"Bern is calm."}\n');
    await nextLine(1);
    stdin.write('{"id":"second","text":"Zurich too."}\n');
    await nextLine(2);
    stdin.end();
    assert.equal(await exitCode, 0);
    assert.deepEqual(received.map((line) => JSON.parse(line).id), ['first', 'second']);
  });

  it('keeps one output line per record, in order, over thousands of records mixing good and bad lines', async () => {
    // Mostly empty texts keep the engine's share of the time small: this is about the CLI's bookkeeping.
    const count = 3000;
    const lines = Array.from({ length: count }, (_, i) => {
      if (i % 100 === 0) return JSON.stringify({ id: i, text: `Report ${i} from Geneva.` });
      return i % 3 === 0 ? `{"id":${i},"text":` : JSON.stringify({ id: i, text: '' });
    });
    const run = await runInProcess(['annotate', '--jsonl'], lines.join('\n'));
    assert.equal(run.code, 1);
    const output = parseLines(run.stdout);
    assert.equal(output.length, count);
    output.forEach((line, i) => {
      assert.equal(line.id, i % 3 === 0 && i % 100 !== 0 ? null : i, `line ${i + 1}`);
      assert.equal(line.error !== undefined, i % 3 === 0 && i % 100 !== 0, `line ${i + 1}`);
    });
    assert.equal(run.stderr.trim().split('\n').length, output.filter((line) => line.error).length);
  });
});
