// Real content through the CLI: what the engine finds in the seed and sample articles, as other tools receive it.
// The rest of test/unit/cli checks the contract itself.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { seedArticlePath } from '../../../scripts/shared.mjs';
import type { Mention } from '../../../src/engine';
import type { FileReportJson } from '../../../src/format';
import { countFacts } from '../../../src/format/factGroups';
import { SEED_FACTS, seedDateOrFigure, seedEntity } from '../../fixtures/seedArticle';
import { assertCountsAgree, textReportCounts } from '../format/reportCounts';
import { needsShared } from '../helpers/needsShared';
import { REPO_ROOT, runInProcess } from './runInProcess';

const SEED = seedArticlePath();
const DATE = SEED_FACTS.articleDate;
const SAMPLE = join(REPO_ROOT, 'examples/sample-article.news');

async function annotateJson(file: string, ...options: string[]): Promise<FileReportJson> {
  const run = await runInProcess(['annotate', '--format', 'json', ...options, file]);
  assert.equal(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as FileReportJson[])[0];
}

const find = (report: FileReportJson, kind: Mention['kind'], text: string) =>
  report.mentions.find((mention) => mention.kind === kind && mention.text === text);

describe('CLI on the seed article', function () {
  before(function () {
    needsShared(this, SEED);
  });

  it('finds Mikhail Mishustin as one person with all his mentions and his role', async () => {
    const report = await annotateJson(SEED, '--date', DATE);
    const expected = seedEntity('person:mikhail-mishustin');
    const mishustin = find(report, 'person', expected.name);
    assert.ok(mishustin, `a person mention "${expected.name}"`);
    const entity = report.entities.find((candidate) => candidate.id === mishustin.entity);
    assert.equal(entity?.name, expected.name);
    assert.equal(entity?.role, expected.role);
    assert.equal(entity?.mentions.length, expected.mentions);
  });

  it('resolves "Monday" against --date and reads "21%" as a percent', async () => {
    const report = await annotateJson(SEED, '--date', DATE);
    assert.equal(find(report, 'date', 'Monday')?.value, seedDateOrFigure('Monday').value);
    const percent = find(report, 'figure', '21%');
    assert.deepEqual([percent?.figureType, percent?.value], [seedDateOrFigure('21%').figureType, seedDateOrFigure('21%').value]);
  });

  it('links both of Li\'s quotes to Li Qiang', async () => {
    const report = await annotateJson(SEED, '--date', DATE);
    const expected = seedEntity('person:li-qiang');
    const li = find(report, 'person', expected.name);
    assert.ok(li?.entity);
    const quotes = SEED_FACTS.quotes.filter((quote) => quote.speaker === expected.id).length;
    assert.equal(report.mentions.filter((mention) => mention.kind === 'quote' && mention.speaker === li.entity).length, quotes);
  });

  it('lists Li Qiang under People in the text report, with his role', async () => {
    const run = await runInProcess(['annotate', '--date', DATE, SEED]);
    const people = run.stdout.split(/\n\n/).find((section) => section.startsWith('People ('));
    const li = seedEntity('person:li-qiang');
    assert.match(people ?? '', new RegExp(`^ {2}${li.name} · ${li.role} · ${li.mentions} mentions at 1:\\d+`, 'm'));
  });

  it('counts facts in the text report as the status bar does: one line per entity, dates and figures included', async () => {
    const run = await runInProcess(['annotate', '--date', DATE, SEED]);
    assertCountsAgree(run.stdout);
    const report = await annotateJson(SEED, '--date', DATE);
    const statusBar = countFacts(report);
    for (const [kind, counts] of Object.entries(textReportCounts(run.stdout))) assert.equal(counts.found, statusBar[kind as Mention['kind']], kind);
    const repeatedDate = report.entities.find((entity) => entity.kind === 'date' && entity.mentions.length > 1);
    assert.ok(repeatedDate, 'a date the seed article mentions twice');
    const dateLines = textReportCounts(run.stdout).date?.lines ?? [];
    assert.equal(dateLines.filter((line) => line.startsWith(`  "${repeatedDate.name}"`)).length, 1, dateLines.join('\n'));
  });
});

describe('CLI on examples/sample-article.news', () => {
  it('takes the article date from the text and finds every kind of fact', async () => {
    const report = await annotateJson(SAMPLE);
    assert.equal(report.articleDate.value, '2026-03-12');
    assert.notEqual(report.articleDate.source, 'today');
    for (const kind of ['person', 'organization', 'place', 'date', 'figure', 'quote'] as const) {
      assert.ok(report.mentions.some((mention) => mention.kind === kind), `some ${kind}`);
    }
    assert.equal(find(report, 'date', 'Thursday')?.value, '2026-03-12');
    assert.equal(find(report, 'figure', '4.5%')?.value, 4.5);
  });

  it('names the speakers of both quotes', async () => {
    const report = await annotateJson(SAMPLE);
    const speakers = report.mentions.filter((mention) => mention.kind === 'quote' && mention.speaker)
      .map((mention) => report.entities.find((entity) => entity.id === mention.speaker)?.name);
    assert.ok(speakers.includes('Sophie Marchetti'), `speakers: ${speakers.join(', ')}`);
    assert.ok(speakers.includes('Elena Rossi'), `speakers: ${speakers.join(', ')}`);
  });
});

describe('CLI --jsonl dates', () => {
  it('resolves each line against its own "date", else --date', async () => {
    const input = [
      { id: 'own', text: 'Talks were held on Monday.', date: '2025-11-03' },
      { id: 'default', text: 'Talks were held on Monday.' },
    ].map((record) => JSON.stringify(record)).join('\n');
    const run = await runInProcess(['annotate', '--jsonl', '--date', '2024-03-04'], input);
    const [own, fallback] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { mentions: Mention[] });
    const monday = (mentions: Mention[]) => mentions.find((mention) => mention.kind === 'date' && mention.text === 'Monday')?.value;
    assert.equal(monday(own.mentions), '2025-11-03');
    assert.equal(monday(fallback.mentions), '2024-03-04');
  });
});
