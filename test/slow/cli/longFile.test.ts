// A file of over a million lines through the CLI (in process): annotated whole, past the engine's default size cap,
// with facts found after the first million characters at the right offsets. About 10 s, so it is in the slow tier.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileReportJson } from '../../../src/format';
import { runInProcess } from '../../unit/cli/runInProcess';

describe('newslens annotate on a file of a million blank lines', function () {
  this.timeout(120_000);
  let folder: string;
  before(() => { folder = mkdtempSync(join(tmpdir(), 'newslens-long-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('annotates a file past the engine\'s default size cap whole, with no truncation warning', async () => {
    const text = `${'\n'.repeat(1_100_000)}Premier Li Qiang visited Beijing on Monday.\n`;
    const file = join(folder, 'long.news');
    writeFileSync(file, text);
    const run = await runInProcess(['annotate', '--format', 'json', file]);
    assert.equal(run.code, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as FileReportJson[];
    assert.equal(report.analysedChars, text.length);
    assert.deepEqual(report.warnings, []);
    assert.ok(report.mentions.some((mention) => mention.start > 1_100_000), 'facts found after the first million characters');
    for (const mention of report.mentions) assert.equal(mention.text, text.slice(mention.start, mention.end), 'offsets into the whole file');
  });
});
