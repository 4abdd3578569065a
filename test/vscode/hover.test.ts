// Hover cards: kind, canonical name, resolved dates, figures, speakers, and document text that cannot inject markdown.
// (Quotes, durations, guessed article dates and the cards' actions: hoverCards.test.ts.)
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { commandLinks, hoverAt, positionOf, trustsOthersCommands } from './hoverSupport';
import { discard, hasSeedArticle, needsSeedArticle, newsLens, showAndAnalyse, untitled, withSetting, workspaceUri } from './support';

describe('hover cards', () => {
  let api: NewsLensApi;
  let document: vscode.TextDocument;
  let restoreDate: () => Promise<void>;

  before(async () => {
    api = await newsLens();
    restoreDate = await withSetting('newsLens.articleDate', '2025-11-03');
    if (hasSeedArticle()) document = (await showAndAnalyse(workspaceUri('seed-article.news'))).document;
  });
  after(() => restoreDate());

  it('shows the kind and canonical name of the first mention, as markdown that may run only News Lens\'s own commands', async function () {
    needsSeedArticle(this);
    const analysis = await api.analysisFor(document.uri);
    assert.ok(analysis && analysis.mentions.length > 0, 'no analysis');
    const first = analysis.mentions[0];
    const entity = analysis.entities.find((candidate) => candidate.id === first.entity);
    const { text, parts } = await hoverAt(document, document.positionAt(first.start));
    assert.ok(parts.length > 0, 'no News Lens hover');
    const name = entity?.name ?? first.text;
    assert.ok(text.includes(name), `hover lacks "${name}": ${text}`);
    assert.match(text, /Person|Organization|Place|Date|Figure|Quote/);
    for (const part of parts) {
      assert.ok(!trustsOthersCommands(part), `hover markdown trusts more than News Lens's commands: ${JSON.stringify(part.isTrusted)}`);
      assert.ok(!part.supportHtml, 'hover markdown allows HTML');
    }
  });

  it('names Mikhail Mishustin (person) with his mention count on a later "Mishustin"', async function () {
    needsSeedArticle(this);
    const { text } = await hoverAt(document, positionOf(document, 'Mishustin is on'));
    assert.match(text, /\*\*Person\*\*/);
    assert.ok(text.includes('Mikhail Mishustin'), text);
    assert.match(text, /\d+ mentions, first on line 1/);
  });

  it('resolves "Friday" against the article date with its weekday, and says where that date came from', async function () {
    needsSeedArticle(this);
    const { text } = await hoverAt(document, positionOf(document, 'Friday'));
    assert.match(text, /^\*\*Date\*\* · Friday 31 October 2025 {2}$/m);
    assert.ok(text.includes('Article date Monday 3 November 2025, from the newsLens.articleDate setting, as the text states no date'), text);
    assert.ok(!text.includes('⚠'), `a warning for a date the user set: ${text}`);
  });

  it('gives a figure\'s normalised value and unit', async function () {
    needsSeedArticle(this);
    const { text } = await hoverAt(document, positionOf(document, '50 billion'));
    assert.ok(text.includes('50,000,000,000'), text);
    assert.match(text, /cubic metres/);
  });

  it('says which way a percentage moved: "down 21%" is a fall, "a 3.8% rise" a rise', async function () {
    needsSeedArticle(this);
    const fall = await hoverAt(document, positionOf(document, '21%'));
    assert.ok(fall.text.includes('Change: a fall'), fall.text);
    const rise = await hoverAt(document, positionOf(document, '3.8%'));
    assert.ok(rise.text.includes('Change: a rise'), rise.text);
  });

  it('titles Li\'s quote with its speaker', async function () {
    needsSeedArticle(this);
    const { text } = await hoverAt(document, positionOf(document, 'good neighbours'));
    assert.match(text, /^\*\*Quote\*\* · Li Qiang {2}$/m);
  });

  it('escapes document text: a command link in a quote stays plain text', async () => {
    const editor = await untitled('news', 'Angela Merkel said: “Click [here](command:workbench.action.quit) and <img src=x> now,” in Berlin on Monday.\n');
    try {
      const { raw, text, parts } = await hoverAt(editor.document, positionOf(editor.document, 'Click'));
      assert.ok(parts.length > 0, 'no hover inside the quote');
      const allowed = new Set(parts.flatMap((part) => (typeof part.isTrusted === 'object' ? part.isTrusted.enabledCommands : [])));
      const live = commandLinks(raw).filter((link) => !allowed.has(link.command));
      assert.deepStrictEqual(live, [], `a command link the card does not trust, so it came from the text: ${raw}`);
      assert.doesNotMatch(raw, /(?<!\\)\]\(command:workbench/, `an unescaped command link: ${raw}`);
      assert.ok(text.includes('[here](command:workbench.action.quit)'), `the quote's text is not shown as written: ${text}`);
      assert.ok(parts.every((part) => !trustsOthersCommands(part) && !part.supportHtml));
    } finally {
      await discard(editor);
    }
  });

  it('shows nothing outside mentions', async function () {
    needsSeedArticle(this);
    const { parts } = await hoverAt(document, positionOf(document, ' wants to '));
    assert.strictEqual(parts.filter((part) => /\*\*(Person|Organization|Place|Date|Figure|Quote)\*\*/.test(part.value)).length, 0);
  });
});
