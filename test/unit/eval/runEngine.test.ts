import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotateWithCliJobs, requestLine } from '../../../scripts/eval/runEngine';
import type { EvalDocument } from '../../../scripts/eval/model';

/** A stand-in for `newslens annotate --jsonl` that answers one line per input with one mention per document: its first word. */
const FAKE_CLI = `
const readline = require('node:readline');
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
  const { id, text, date } = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id, mentions: [{ kind: 'place', start: 0, end: text.indexOf(' '), text: text.slice(0, text.indexOf(' ')), value: date }] }) + '\\n');
});
`;

describe('eval: running the engine through the CLI contract', () => {
  let folder: string;
  before(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-eval-')); });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('writes {"id","text","date"} lines and sends the date only when there is one', () => {
    assert.equal(requestLine({ id: 'a', text: 'x "y"', gold: [] }), '{"id":"a","text":"x \\"y\\""}\n');
    assert.equal(requestLine({ id: 'b', text: 'x', date: '1998-01-08', gold: [] }), '{"id":"b","text":"x","date":"1998-01-08"}\n');
  });

  it('streams thousands of large documents over two processes without deadlock, each answer to its document', async () => {
    const cli = path.join(folder, 'cli.js');
    fs.writeFileSync(cli, FAKE_CLI);
    const documents: EvalDocument[] = Array.from({ length: 3000 }, (_, i) => ({ id: `doc${i}`, text: `D${String(i).padStart(3, '0')} ${'word '.repeat(400)}`, date: '2025-11-03', gold: [] }));
    const { predictions, failures } = await annotateWithCliJobs(cli, documents, 2);
    assert.deepEqual(failures, []);
    assert.equal(predictions.size, documents.length);
    assert.equal(predictions.get('doc1234')?.[0].text, 'D1234');
    assert.equal(predictions.get('doc42')?.[0].text, 'D042');
    assert.equal(predictions.get('doc42')?.[0].value, '2025-11-03');
  });

  it('scores a document the CLI reports an error for as finding nothing, and carries on', async () => {
    const cli = path.join(folder, 'partial.js');
    fs.writeFileSync(cli, FAKE_CLI.replace("const { id, text, date } = JSON.parse(line);", "const { id, text, date } = JSON.parse(line); if (id === 'bad') { process.exitCode = 1; process.stdout.write(JSON.stringify({ id, mentions: [], error: 'analysis failed' }) + '\\n'); return; }"));
    const run = await annotateWithCliJobs(cli, [{ id: 'good', text: 'Oslo is', gold: [] }, { id: 'bad', text: 'x y', gold: [] }], 1);
    assert.deepEqual(run.failures, [{ id: 'bad', error: 'analysis failed' }]);
    assert.equal(run.predictions.get('good')?.[0].text, 'Oslo');
    assert.deepEqual(run.predictions.get('bad'), []);
  });

  it('fails with the CLI\'s message when the CLI exits with an error', async () => {
    const cli = path.join(folder, 'broken.js');
    fs.writeFileSync(cli, "process.stderr.write('boom: bad usage'); process.exit(2);");
    await assert.rejects(annotateWithCliJobs(cli, [{ id: 'a', text: 'x', gold: [] }], 1), /code 2[\s\S]*boom: bad usage/);
  });
});
