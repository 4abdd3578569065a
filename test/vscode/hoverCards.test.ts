// Hover cards as a copy desk reads them, in a real VS Code: a quote titled by its speaker, as a blockquote that wraps
// between words; a duration in words with its span; an article date that is only the file's modification day, with a
// warning; and the cards' actions run as a click runs them (the link's own command and arguments): go to the first
// mention, find all, and Set article date, which writes a Date: line (one Undo takes it back) or the setting.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { commandLinks, hoverAt, linkNamed, positionOf, type CommandLink } from './hoverSupport';
import { discard, newsLens, showAndAnalyse, snapshotSettings, untitled, waitFor, withSetting, workspaceUri } from './support';

/** Runs a link's command with its own arguments, and `extra` after them (the prompts' answers). */
const run = <T>(link: CommandLink, ...extra: unknown[]) => vscode.commands.executeCommand<T>(link.command, ...link.args, ...extra);

describe('hover cards: quotes, durations, guessed dates and actions', () => {
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

  it('warns when the article date is only the file\'s modification day, and Set article date writes a Date: line that one Undo removes', async () => {
    const uri = workspaceUri(`no-date-${process.pid}.news`);
    const content = 'POOL TO CLOSE\nThe council voted on Friday to close the pool, Mayor Anne Hidalgo said.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    restores.push(() => Promise.resolve(vscode.workspace.fs.delete(uri)));
    const editor = await showAndAnalyse(uri);
    editors.push(editor);
    const { document } = editor;
    const before = await api.analysisFor(uri);
    assert.strictEqual(before?.articleDate.source, 'file');
    const { raw, text } = await hoverAt(document, positionOf(document, 'Friday'));
    assert.match(text, /⚠ Article date \w+ \d+ \w+ \d{4} is only the day the file was last modified: the text states no date/);
    const link = linkNamed(raw, 'Set article date…');
    assert.ok(await run<boolean>(link, { date: '2026-03-12', target: 'line' }), 'the command wrote nothing');
    assert.strictEqual(document.lineAt(1).text, 'Date: 2026-03-12', document.getText());
    assert.strictEqual(document.getText(), content.replace('\n', '\nDate: 2026-03-12\n'));
    await waitFor(async () => (await api.analysisFor(uri))?.articleDate.source === 'date-line', 'the Date: line to be read');
    const after = await hoverAt(document, positionOf(document, 'Friday'));
    assert.match(after.text, /^\*\*Date\*\* · Friday \d+ March 2026 {2}$/m);
    assert.ok(after.text.includes('Article date Thursday 12 March 2026, from the Date: line'), after.text);
    assert.ok(!after.text.includes('⚠') && !after.text.includes('Set article date'), after.text);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), content, 'one Undo did not take the line back');
  });

  it('asks for the date and where to keep it: accepting both prompts writes the date the card showed', async () => {
    const editor = await untitled('news', 'POOL TO CLOSE\nThe council voted on Friday to close the pool.\n');
    editors.push(editor);
    const shown = (await api.analysisFor(editor.document.uri))?.articleDate;
    assert.strictEqual(shown?.source, 'today');
    const link = linkNamed((await hoverAt(editor.document, positionOf(editor.document, 'Friday'))).raw, 'Set article date…');
    let settled = false;
    const done = run<boolean>(link).then((written) => { settled = true; return written; });
    // The input box (filled in with the date in use), then the quick pick (its first choice, the Date: line).
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    }, 'the prompts to be answered');
    assert.ok(await done, 'the command wrote nothing');
    assert.strictEqual(editor.document.lineAt(1).text, `Date: ${shown.value}`);
  });

  it('Set article date can write the newsLens.articleDate setting instead', async () => {
    restores.push(snapshotSettings(['newsLens.articleDate']));
    const editor = await untitled('news', 'The council voted on Friday to close the pool.\n');
    editors.push(editor);
    const link = linkNamed((await hoverAt(editor.document, positionOf(editor.document, 'Friday'))).raw, 'Set article date…');
    assert.ok(await run<boolean>(link, { date: '2026-03-12', target: 'setting' }));
    assert.strictEqual(vscode.workspace.getConfiguration('newsLens').get('articleDate'), '2026-03-12');
    assert.strictEqual(editor.document.getText(), 'The council voted on Friday to close the pool.\n', 'the draft was edited');
    await waitFor(async () => (await api.analysisFor(editor.document.uri))?.articleDate.source === 'setting', 'the setting to be used');
  });

  it('goes to the first mention and finds all mentions from a later mention\'s card', async () => {
    const editor = await untitled('news', 'Angela Merkel met Emmanuel Macron in Berlin on Monday. Merkel said the talks went well.\n');
    editors.push(editor);
    const { document } = editor;
    const first = await hoverAt(document, positionOf(document, 'Angela'));
    assert.ok(!commandLinks(first.raw).some((link) => link.label === 'Go to first mention'), `"Go to first mention" on the first mention: ${first.raw}`);
    const later = await hoverAt(document, positionOf(document, 'Merkel', 1));
    editor.selection = new vscode.Selection(document.positionAt(document.getText().length), document.positionAt(document.getText().length));
    await run(linkNamed(later.raw, 'Go to first mention'));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document, document);
    assert.strictEqual(document.getText(active.selection), 'Angela Merkel', `the cursor is at ${JSON.stringify(active.selection)}`);
    const locations = await run<vscode.Location[]>(linkNamed(later.raw, 'Find all 2 mentions'));
    assert.deepStrictEqual(locations?.map((location) => document.getText(location.range)), ['Angela Merkel', 'Merkel']);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
