// How the Facts sidebar's rows read: a mention as written (highlighted) with its line beside it and its whole
// sentence in the tooltip (escaped), a quote with its speaker, a date as a reader writes it with the article's
// wordings beside it.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/engine/types';
import type { NewsLensApi } from '../../src/extension';
import type { FactsTreeNode } from '../../src/views/factNodes';
import { discard, newsLens, showAndAnalyse, untitled, waitFor, workspaceUri } from './support';

/** What the reader sees of a tooltip's Markdown: escapes and the non-breaking spaces `appendText` writes undone. */
function readable(markdown: string): string {
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!~>|<])/g, '$1');
}

describe('facts sidebar rows', () => {
  let api: NewsLensApi;
  let document: vscode.TextDocument;
  let analysis: Analysis;

  const item = (node: FactsTreeNode) => api.factsTree.getTreeItem(node);
  const labelOf = (node: FactsTreeNode) => { const { label } = item(node); return typeof label === 'string' ? label : label?.label ?? ''; };
  const kindRows = (kind: string) => {
    const heading = api.factsTree.getChildren().find((node) => node.type === 'kind' && node.kind === kind);
    assert.ok(heading, `no ${kind} heading`);
    return api.factsTree.getChildren(heading);
  };
  const factRow = (kind: string, label: string) => {
    const row = kindRows(kind).find((node) => labelOf(node) === label);
    assert.ok(row, `no ${kind} row "${label}": ${kindRows(kind).map(labelOf).join(', ')}`);
    return row;
  };

  before(async () => {
    api = await newsLens();
    document = (await showAndAnalyse(workspaceUri('sample-article.news'))).document;
    const result = await api.analysisFor(document.uri);
    assert.ok(result, 'the sample article was not analysed');
    analysis = result;
    await waitFor(() => api.factsTree.activeDocument === document && api.factsTree.getChildren().length > 0, 'the tree to show the sample article');
  });

  it('labels each mention row with the mention itself, highlighted, its line beside it and its sentence in the tooltip', () => {
    const rows = api.factsTree.getChildren(factRow('person', 'Sophie Marchetti')).filter((node) => node.type === 'mention' && node.mention.kind === 'person');
    const marchetti = analysis.entities.find((entity) => entity.name === 'Sophie Marchetti');
    assert.ok(marchetti);
    const mentions = marchetti.mentions.map((index) => analysis.mentions[index]);
    assert.deepStrictEqual(rows.map((node) => item(node).label), mentions.map((mention) => ({ label: mention.text, highlights: [[0, mention.text.length]] })));
    assert.deepStrictEqual(rows.map((node) => item(node).description), mentions.map((mention) => `line ${document.positionAt(mention.start).line + 1}`));
    const tooltip = item(rows[0]).tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString, 'the tooltip is not Markdown');
    assert.strictEqual(readable(tooltip.value),
      'The Alpine Water Fund was launched in Geneva by Environment Minister **Sophie Marchetti** and Jonas Berger, chief executive of Helvetia Hydro.');
    assert.strictEqual(readable(String((item(rows[1]).tooltip as vscode.MarkdownString).value)),
      '"Every town in these valleys drinks from ice that will not come back, and we are buying time with this money," **Marchetti** told reporters at the Palais des Nations.');
  });

  it('shows a quote under its speaker with its line, and each quote of the Quotes heading with its speaker', () => {
    const said = api.factsTree.getChildren(factRow('person', 'Sophie Marchetti')).filter((node) => labelOf(node).startsWith('said “'));
    assert.strictEqual(said.length, 1);
    assert.ok(labelOf(said[0]).startsWith('said “Every town in these valleys'), labelOf(said[0]));
    assert.strictEqual(item(said[0]).description, `line ${document.getText().split('\n').findIndex((line) => line.startsWith('"Every town')) + 1}`);
    const quotes = kindRows('quote');
    assert.deepStrictEqual(quotes.map((node) => item(node).description), ['Sophie Marchetti', 'Elena Rossi', 'speaker not named']);
    assert.ok(labelOf(quotes[0]).startsWith('“Every town in these valleys drinks from ice'), labelOf(quotes[0]));
    assert.strictEqual(item(quotes[0]).tooltip, '“Every town in these valleys drinks from ice that will not come back, and we are buying time with this money”\n— Sophie Marchetti');
  });

  it('labels dates as a reader writes them, with the article\'s wordings beside them', () => {
    const dates = kindRows('date').map((node) => [labelOf(node), item(node).description]);
    assert.deepStrictEqual(dates, [
      ['Thu 12 Mar 2026', '“2026-03-12”, “March 12, 2026”, “Thursday” · 3 mentions'],
      ['2025', '“last year” · 1 mention'],
      ['5 years', '“the next five years” · 1 mention'],
      ['April 2026', '“next month” · 1 mention'],
      ['August 2023', '“August 2023” · 1 mention'],
      ['12 days', '“12 days” · 1 mention'],
      ['10 years', '“a decade” · 1 mention'],
      ['spring 2027', '“spring 2027” · 1 mention'],
      ['Thu 2 Apr 2026', '“April 2” · 1 mention'],
    ]);
  });

  it('escapes the document\'s text in a mention\'s tooltip, so it is never read as Markdown or a command link', async () => {
    const draft = await untitled('news', 'Angela Merkel praised *bold* work at [the summit](command:workbench.action.quit) in Berlin.\n');
    try {
      await waitFor(() => api.factsTree.activeDocument === draft.document && api.factsTree.getChildren().length > 0, 'the tree to show the draft');
      const [row] = api.factsTree.getChildren(factRow('person', 'Angela Merkel'));
      const tooltip = item(row).tooltip as vscode.MarkdownString;
      assert.ok(!tooltip.isTrusted, 'the tooltip is trusted');
      assert.ok(!tooltip.value.includes('[the summit](command:'), `a live link in the tooltip: ${tooltip.value}`);
      assert.ok(!tooltip.value.includes('*bold*'), `live emphasis in the tooltip: ${tooltip.value}`);
      assert.strictEqual(readable(tooltip.value), '**Angela Merkel** praised *bold* work at [the summit](command:workbench.action.quit) in Berlin.');
    } finally {
      await discard(draft);
    }
  });
});
