import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { outputLineOf, transferablesOf, writeOutputLine } from '../../../src/cli/outputLine';

/** Everything written to a stream, and how many writes it took. */
function collected(): { stream: Writable; bytes: () => Buffer; writes: () => number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => { chunks.push(chunk); done(); } });
  return { stream, bytes: () => Buffer.concat(chunks), writes: () => chunks.length };
}

describe('output lines', () => {
  const mention = (i: number) => ({ kind: 'person', start: i, end: i + 3, text: `Zoë “${i}” \u2028 \ud83d\ude00`, entity: undefined, role: i % 2 ? 'chair' : undefined });

  it('are the string JSON.stringify writes for an answer without a long array', () => {
    const answer = { id: 'a', mentions: Array.from({ length: 10 }, (_, i) => mention(i)) };
    assert.equal(outputLineOf(answer), JSON.stringify(answer));
  });

  it('are JSON.stringify\'s bytes in pieces for a long array, each piece its own buffer, fields left out as it leaves them out', () => {
    const answers = [
      { id: 7, mentions: Array.from({ length: 20_000 }, (_, i) => mention(i)), error: undefined, hidden: () => 1 },
      { id: null, findings: [], list: Array.from({ length: 5000 }, (_, i) => (i % 3 ? i : undefined)), error: 'bad "line"' },
    ];
    for (const answer of answers) {
      const line = outputLineOf(answer);
      assert.ok(Array.isArray(line));
      assert.equal(Buffer.concat(line).toString('utf8'), JSON.stringify(answer));
      const buffers = transferablesOf(line);
      assert.equal(new Set(buffers).size, line.length);
      line.forEach((piece, i) => assert.equal(piece.byteLength, buffers[i].byteLength));
    }
    assert.ok((outputLineOf(answers[0]) as Uint8Array[]).length > 1);
    assert.deepEqual(transferablesOf('{"id":1}'), []);
  });

  it('are written with their line break: a short one in one write, a long one\'s pieces one after another', async () => {
    const short = collected();
    await writeOutputLine(short.stream, '{"id":1}');
    assert.equal(short.bytes().toString(), '{"id":1}\n');
    assert.equal(short.writes(), 1);
    const answer = { id: 'long', mentions: Array.from({ length: 20_000 }, (_, i) => mention(i)) };
    const long = collected();
    await writeOutputLine(long.stream, outputLineOf(answer));
    assert.equal(long.bytes().toString(), `${JSON.stringify(answer)}\n`);
    assert.ok(long.writes() > 2);
  });
});
