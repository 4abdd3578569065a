// Hover cards: kind, canonical name, resolved dates, figures, speakers, and document text that cannot inject markdown.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { discard, hasSeedArticle, needsSeedArticle, newsLens, showAndAnalyse, untitled, withSetting, workspaceUri } from './support';

/** The markdown of every hover VS Code would show at the position, and whether any of it is trusted. */
async function hoverAt(document: vscode.TextDocument, position: vscode.Position) {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const parts = hovers.flatMap((hover) => hover.contents).filter((part): part is vscode.MarkdownString => part instanceof vscode.MarkdownString);
  const raw = parts.map((part) => part.value).join('\n---\n');
  return { raw, text: readable(raw), parts };
}

/** What the reader sees: markdown escapes and the non-breaking spaces `appendText` writes turned back into text. */
function readable(markdown: string): string {
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!~>|<])/g, '$1');
}

/** True when the markdown may run commands other than News Lens's own correction links (or trusts everything). */
function trustsMoreThanCorrections(part: vscode.MarkdownString): boolean {
  const trust = part.isTrusted;
  if (trust === undefined || trust === false) return false;
  return trust === true || trust.enabledCommands.some((command) => !command.startsWith('newsLens.correct.'));
}

/** The position inside the n-th occurrence of `needle`. */
function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" is not in ${document.uri.toString()}`);
  return document.positionAt(index + 1);
}

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

  it('shows the kind and canonical name of the first mention, as markdown that may run only its correction links', async function () {
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
      assert.ok(!trustsMoreThanCorrections(part), `hover markdown trusts more than its correction links: ${JSON.stringify(part.isTrusted)}`);
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

  it('resolves "Friday" against the article date with its weekday', async function () {
    needsSeedArticle(this);
    const { text } = await hoverAt(document, positionOf(document, 'Friday'));
    assert.ok(text.includes('Friday 31 October 2025'), text);
    assert.ok(text.includes('2025-11-03'), text);
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

  it('names the speaker of Li\'s quote', async function () {
    needsSeedArticle(this);
    const { text } = await hoverAt(document, positionOf(document, 'good neighbours'));
    assert.match(text, /\*\*Quote\*\*/);
    assert.ok(text.includes('Speaker: Li Qiang'), text);
  });

  it('escapes document text: a command link in a quote stays plain text', async () => {
    const editor = await untitled('news', 'Angela Merkel said: “Click [here](command:workbench.action.quit) and <img src=x> now,” in Berlin on Monday.\n');
    try {
      const { raw, text, parts } = await hoverAt(editor.document, positionOf(editor.document, 'Click'));
      assert.ok(parts.length > 0, 'no hover inside the quote');
      assert.doesNotMatch(raw, /(?<!\\)\]\(command:(?!newsLens\.correct\.)/, `an unescaped command link: ${raw}`);
      assert.ok(text.includes('[here](command:workbench.action.quit)'), `the quote's text is not shown as written: ${text}`);
      assert.ok(parts.every((part) => !trustsMoreThanCorrections(part) && !part.supportHtml));
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
