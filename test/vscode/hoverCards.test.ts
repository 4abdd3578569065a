// Hover cards as a copy desk reads them, in a real VS Code: a quote titled by its speaker, as a blockquote that wraps
// between words; a duration in words with its span; an article date that is only the file's modification day, with a
// warning.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { hoverAt, positionOf } from './hoverSupport';
import { discard, newsLens, showAndAnalyse, untitled, withSetting, workspaceUri } from './support';

describe('hover cards: quotes, durations and guessed dates', () => {
  let api: NewsLensApi;
  const editors: vscode.TextEditor[] = [];
  const restores: Array<() => Promise<void>> = [];

  before(async () => {
    api = await newsLens();
  });
  beforeEach(async () => {
    restores.push(await withSetting('newsLens.articleDate', undefined));
  });
  afterEach(async () => {
    for (const editor of editors.splice(0)) await discard(editor);
    for (const restore of restores.splice(0).reverse()) await restore();
  });

  it('titles a quote with its speaker and shows it as a blockquote that wraps between words, with no mention count', async () => {
    const editor = await showAndAnalyse(workspaceUri('sample-article.news'));
    editors.push(editor);
    const { raw, text } = await hoverAt(editor.document, positionOf(editor.document, 'buying time'));
    assert.match(text, /^\*\*Quote\*\* · Sophie Marchetti {2}$/m);
    const quoteLine = raw.split('\n').find((line) => line.startsWith('> '));
    assert.ok(quoteLine, `no blockquote: ${raw}`);
    assert.ok(quoteLine.includes('we are buying time with this money'), `the quote's words are not joined by plain spaces: ${quoteLine}`);
    assert.ok(!quoteLine.includes('&nbsp;'), quoteLine);
    const quoteCard = raw.split('\n---\n').find((part) => part.includes('**Quote**')) ?? '';
    assert.doesNotMatch(quoteCard, /\bmentions?\b/, `mention boilerplate on a quote: ${quoteCard}`);
  });

  it('says "speaker not stated" for a quote it cannot attribute, never an empty title', async () => {
    const editor = await untitled('news', 'The pool will close.\n\n"We have no money left for the roof."\n');
    editors.push(editor);
    const { text } = await hoverAt(editor.document, positionOf(editor.document, 'no money'));
    assert.match(text, /^\*\*Quote\*\* · speaker not stated {2}$/m);
    assert.doesNotMatch(text, /^\*\*Quote\*\* · {0,2}$/m);
  });

  it('gives "the next five years" as 5 years, 2026–2031, never the raw P5Y', async () => {
    const editor = await showAndAnalyse(workspaceUri('sample-article.news'));
    editors.push(editor);
    const { raw, text } = await hoverAt(editor.document, positionOf(editor.document, 'next five years'));
    assert.match(text, /^\*\*Duration\*\* · 5 years, 2026–2031 {2}$/m);
    assert.ok(text.includes('Article date Thursday 12 March 2026, from the dateline'), text);
    assert.ok(!raw.includes('P5Y'), raw);
    const plain = await hoverAt(editor.document, positionOf(editor.document, '12 days'));
    assert.match(plain.text, /^\*\*Duration\*\* · 12 days {2}$/m); // "for 12 days": which 12 the text does not say
  });

  it('warns when the article date is only the file\'s modification day', async () => {
    const uri = workspaceUri(`no-date-${process.pid}.news`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('POOL TO CLOSE\nThe council voted on Friday to close the pool, Mayor Anne Hidalgo said.\n'));
    restores.push(() => Promise.resolve(vscode.workspace.fs.delete(uri)));
    const editor = await showAndAnalyse(uri);
    editors.push(editor);
    assert.strictEqual((await api.analysisFor(uri))?.articleDate.source, 'file');
    const { text } = await hoverAt(editor.document, positionOf(editor.document, 'Friday'));
    assert.match(text, /⚠ Article date \w+ \d+ \w+ \d{4} is only the day the file was last modified: the text states no date/);
  });
});
