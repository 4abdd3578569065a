import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mention } from '../../../src/engine';
import type { FileReportJson } from '../../../src/format';
import { REPO_ROOT, runInProcess } from './runInProcess';

const MENTION_KEY_ORDER = ['kind', 'start', 'end', 'text', 'entity', 'role', 'dateType', 'value', 'figureType', 'unit', 'speaker'];
const ARTICLE = 'GENEVA, March 12 (News Lens sample) - Health Minister Sophie Marchetti met Jonas Berger of Helvetia Hydro in Geneva.\n';

/** Checks what every tool reading `--format json` relies on, whatever the engine finds. */
function assertContract(report: FileReportJson, text: string): void {
  let previousStart = -1;
  for (const mention of report.mentions) {
    const keys = Object.keys(mention);
    assert.deepEqual(keys, MENTION_KEY_ORDER.filter((key) => keys.includes(key)), `key order of ${JSON.stringify(mention)}`);
    assert.equal(mention.text, text.slice(mention.start, mention.end));
    assert.ok(mention.start >= previousStart, 'mentions in document order');
    previousStart = mention.start;
  }
  for (const entity of report.entities) {
    for (const index of entity.mentions) assert.equal((report.mentions[index] as Mention | undefined)?.entity, entity.id);
  }
}

describe('newslens annotate FILE...', () => {
  let folder: string;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  before(() => { folder = mkdtempSync(join(tmpdir(), 'newslens-cli-')); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints a JSON array with one contract-shaped object per file, in argument order', async () => {
    const first = file('first.news', ARTICLE);
    const second = file('second.news', `Date: 2026-03-12\n${ARTICLE}`);
    const run = await runInProcess(['annotate', '--format', 'json', first, second]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const reports = JSON.parse(run.stdout) as FileReportJson[];
    assert.deepEqual(reports.map((report) => report.file), [first, second]);
    for (const report of reports) assert.deepEqual(Object.keys(report), ['file', 'articleDate', 'analysedChars', 'warnings', 'mentions', 'entities']);
    assertContract(reports[0], ARTICLE);
    assertContract(reports[1], `Date: 2026-03-12\n${ARTICLE}`);
    assert.equal(reports[0].analysedChars, ARTICLE.length, 'the CLI annotates whole files');
  });

  it('prints an array even for a single file', async () => {
    const run = await runInProcess(['annotate', '--format=json', file('one.news', ARTICLE)]);
    assert.equal(JSON.parse(run.stdout).length, 1);
  });

  it('passes --date to the engine as the article date', async () => {
    const run = await runInProcess(['annotate', '--format', 'json', '--date', '2025-11-03', file('dated.news', ARTICLE)]);
    assert.deepEqual(JSON.parse(run.stdout)[0].articleDate, { value: '2025-11-03', source: 'option' });
  });

  it('without --date or a date in the text, resolves "Monday" against the day the file was last modified', async () => {
    const undated = file('undated.news', 'Premier Li Qiang met officials on Monday.');
    utimesSync(undated, new Date(2025, 10, 5, 12, 0), new Date(2025, 10, 5, 12, 0));
    const [report] = JSON.parse((await runInProcess(['annotate', '--format', 'json', undated])).stdout);
    assert.deepEqual(report.articleDate, { value: '2025-11-05', source: 'file' });
    assert.equal(report.mentions.find((m: { text: string }) => m.text === 'Monday')?.value, '2025-11-03');
  });

  it('reports a missing file, a directory and a binary file on stderr and still annotates the rest, exiting 1', async () => {
    const good = file('good.news', ARTICLE);
    const binary = file('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const missing = join(folder, 'missing.news');
    const run = await runInProcess(['annotate', '--format', 'json', missing, folder, binary, good]);
    assert.equal(run.code, 1);
    assert.deepEqual(JSON.parse(run.stdout).map((report: FileReportJson) => report.file), [good]);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      `newslens: ${missing}: no such file`,
      `newslens: ${folder}: is a directory, not a file`,
      `newslens: ${binary}: binary file, not annotated`,
    ]);
  });

  it('prints valid empty JSON when every file failed', async () => {
    const run = await runInProcess(['annotate', '--format', 'json', join(folder, 'nope')]);
    assert.equal(run.code, 1);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  it('gives offsets into the text after a BOM, and into CRLF text exactly as read', async () => {
    const crlf = ARTICLE.replace(/ - /, '\r\n').replace(/\n$/, '\r\n');
    const run = await runInProcess(['annotate', '--format', 'json', file('bom.news', `\uFEFF${ARTICLE}`), file('crlf.news', crlf)]);
    assert.equal(run.code, 0, run.stderr);
    const [bom, windows] = JSON.parse(run.stdout) as FileReportJson[];
    assertContract(bom, ARTICLE);
    assertContract(windows, crlf);
    assert.equal(bom.analysedChars, ARTICLE.length);
  });

  it('keeps offsets right after emoji and other surrogate pairs', async () => {
    const text = `😀🇨🇭 𝒜 ${ARTICLE}`;
    const run = await runInProcess(['annotate', '--format', 'json', file('emoji.news', text)]);
    assertContract(JSON.parse(run.stdout)[0], text);
  });

  it('annotates an empty file without complaint', async () => {
    const run = await runInProcess(['annotate', '--format', 'json', file('empty.news', '')]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout)[0].mentions, []);
  });

  it('prints a text report by default and CSV or Markdown on request', async () => {
    const path = file('formats.news', ARTICLE);
    const text = await runInProcess(['annotate', path]);
    assert.match(text.stdout, new RegExp(`^News Lens facts: ${path.replace(/[.\\/]/g, '\\$&')}\n`));
    const csv = await runInProcess(['annotate', '--format', 'csv', path]);
    const json = JSON.parse((await runInProcess(['annotate', '--format', 'json', path])).stdout)[0] as FileReportJson;
    assert.equal(csv.stdout.split('\r\n')[0], 'file,kind,start,end,text,entity,role,dateType,value,figureType,unit,speaker');
    assert.equal(csv.stdout.split('\r\n').filter(Boolean).length, 1 + json.mentions.length);
    assert.match((await runInProcess(['annotate', '--format', 'md', path])).stdout, /^## /);
  });

  it('answers bad usage with exit code 2, a message and the usage on stderr, nothing on stdout', async () => {
    for (const argv of [['annotate'], ['annotate', '--date', '2025-13-40', 'x'], ['annotate', '--format', 'xml', 'x'], ['frobnicate'], ['annotate', '--jsonl', 'x']]) {
      const run = await runInProcess(argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^newslens: .+\nUsage: newslens annotate FILE\.\.\./);
    }
  });

  it('prints help and the package version on stdout', async () => {
    const help = await runInProcess(['annotate', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--jsonl/);
    assert.match(help.stdout, /always|even for a single file/);
    const version = await runInProcess(['--version']);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});
