// Export Facts: each format opens a new untitled editor with the article's facts in the right language.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/engine';
import type { NewsLensApi } from '../../src/extension';
import { escapeMarkdownInline } from '../../src/format';
import { discard, needsSeedArticle, newsLens, showAndAnalyse, workspaceUri } from './support';

describe('export facts', () => {
  let api: NewsLensApi;
  let article: vscode.TextEditor;
  let analysis: Analysis;
  let originalText: string;

  before(async function () {
    needsSeedArticle(this);
    api = await newsLens();
    article = await showAndAnalyse(workspaceUri('seed-article.news'));
    originalText = article.document.getText();
    const result = await api.analysisFor(article.document.uri);
    assert.ok(result && result.entities.length > 0, 'the seed article has no entities');
    analysis = result;
  });

  /** Runs the export for the seed article and returns the new editor (closed again by the caller). */
  async function exportAs(format: string): Promise<vscode.TextEditor> {
    await vscode.window.showTextDocument(article.document);
    const report = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('newsLens.exportFacts', format);
    assert.ok(report, `no editor for the ${format} export`);
    assert.ok(report.document.isUntitled, 'the report is not a new untitled document');
    assert.strictEqual(vscode.window.activeTextEditor?.document, report.document);
    return report;
  }

  it('JSON: the mentions and entities of the analysis, for this file', async () => {
    const report = await exportAs('json');
    try {
      assert.strictEqual(report.document.languageId, 'json');
      const parsed = JSON.parse(report.document.getText());
      assert.strictEqual(parsed.file, 'seed-article.news');
      assert.deepStrictEqual(parsed.mentions.map((mention: { text: string; start: number }) => [mention.start, mention.text]),
        analysis.mentions.map((mention) => [mention.start, mention.text]));
      assert.strictEqual(parsed.entities.length, analysis.entities.length);
    } finally {
      await discard(report);
    }
  });

  it('CSV: a header and one row per mention', async () => {
    const report = await exportAs('csv');
    try {
      assert.ok(['csv', 'plaintext'].includes(report.document.languageId), report.document.languageId);
      assert.strictEqual(report.document.uri.path, 'seed-article.news facts.csv', 'the name Save proposes');
      const text = report.document.getText();
      assert.match(text, /^file,kind,start,end,text/);
      for (const mention of analysis.mentions) {
        assert.ok(text.includes(`\r\nseed-article.news,${mention.kind},${mention.start},${mention.end},`) || text.includes(`\nseed-article.news,${mention.kind},${mention.start},${mention.end},`), `"${mention.text}" (${mention.start}) has no row`);
      }
      const rows = text.match(/^seed-article\.news,[a-z]+,\d+,\d+,/gm) ?? [];
      assert.strictEqual(rows.length, analysis.mentions.length, 'one row per mention, no more');
    } finally {
      await discard(report);
    }
  });

  it('Markdown: a fact sheet naming every person, organization and place, and every quote', async () => {
    const report = await exportAs('md');
    try {
      assert.strictEqual(report.document.languageId, 'markdown');
      const text = report.document.getText();
      const names = analysis.entities.filter((entity) => ['person', 'organization', 'place'].includes(entity.kind));
      assert.deepStrictEqual(names.filter((entity) => !text.includes(escapeMarkdownInline(entity.name))).map((entity) => entity.name), [], 'names the report leaves out');
      const quotes = analysis.mentions.filter((mention) => mention.kind === 'quote').map((mention) => mention.text.split(' ').slice(0, 3).join(' '));
      assert.deepStrictEqual(quotes.filter((opening) => !text.includes(escapeMarkdownInline(opening))), [], 'quotes the report leaves out (by their first words)');
    } finally {
      await discard(report);
    }
  });

  it('fact sheet JSON: one object per fact with its kind, role, count, first line and value', async () => {
    const report = await exportAs('facts-json');
    try {
      assert.strictEqual(report.document.uri.path, 'seed-article.news fact sheet.json');
      const facts: Array<Record<string, unknown>> = JSON.parse(report.document.getText()).facts;
      assert.deepStrictEqual(facts.find((fact) => fact.entity === 'Vladimir Putin'),
        { id: 'person:vladimir-putin', kind: 'person', entity: 'Vladimir Putin', role: 'President', mentions: 2, firstLine: 8 });
      const friday = facts.find((fact) => fact.entity === 'Friday');
      assert.ok(friday && friday.kind === 'date' && friday.type === 'date' && friday.firstLine === 8, JSON.stringify(friday));
      assert.match(String(friday.value), /^\d{4}-\d{2}-\d{2}$/, 'the date resolved to a day');
    } finally {
      await discard(report);
    }
  });

  it('Copy Fact Sheet puts the CSV fact sheet on the clipboard, Mikhail Mishustin with his role, count and first line', async () => {
    await vscode.window.showTextDocument(article.document);
    const copied = await vscode.commands.executeCommand<string>('newsLens.copyFactSheet', 'csv');
    assert.strictEqual(await vscode.env.clipboard.readText(), copied);
    const records = copied.split('\r\n');
    assert.strictEqual(records[0], 'kind,entity,role,mentions,firstLine,value,type,speaker,id');
    assert.ok(records.includes('person,Mikhail Mishustin,Russian Prime Minister,4,1,,,,person:mikhail-mishustin'), records.slice(0, 6).join('\n'));
    assert.ok(records.some((record) => record.startsWith('figure,21%,,1,') && record.includes(',21%,percent,')), 'the 21% figure with its value');
    assert.ok(records.some((record) => record.startsWith('quote,') && record.includes(',Li Qiang,')), 'a quote with its speaker');
  });

  it('leaves the article untouched', () => {
    assert.strictEqual(article.document.isDirty, false);
    assert.strictEqual(article.document.getText(), originalText);
  });
});
