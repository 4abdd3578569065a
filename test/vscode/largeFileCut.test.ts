// A large file's cut, in a real VS Code: the editor says "News Lens stopped here (N characters)" after the last
// analysed text (on the blank line after it, where there is one), with the real limit; its hover offers Analyse All and Open Setting (News Lens's own commands only);
// Analyse All, run as its link runs it, analyses the rest of this file, and the note goes.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { linkNamed, type CommandLink } from './hoverSupport';
import { discard, newsLens, rangeTexts, untitled, waitFor, withSetting } from './support';

const run = <T>(link: CommandLink) => vscode.commands.executeCommand<T>(link.command, ...link.args);

describe('large-file cut', () => {
  let api: NewsLensApi;
  let editor: vscode.TextEditor;
  let restore: () => Promise<void>;
  const paragraph = 'Angela Merkel visited Berlin on Monday with Emmanuel Macron.\n\n';

  before(async () => {
    api = await newsLens();
  });
  beforeEach(async () => {
    restore = await withSetting('newsLens.maxCharacters', 1000);
    editor = await untitled('news', paragraph.repeat(50)); // 3,100 characters
  });
  afterEach(async () => {
    await discard(editor);
    await restore();
  });

  it('says where it stopped, with the limit, on the blank line after the last analysed paragraph', async () => {
    const { document } = editor;
    const analysis = await api.analysisFor(document.uri);
    assert.ok(analysis && analysis.analysedChars <= 1000 && analysis.analysedChars > 900, `analysed ${analysis?.analysedChars}`);
    await waitFor(() => api.cutMark(editor) !== undefined, 'the note at the cut');
    const mark = api.cutMark(editor);
    assert.strictEqual(mark?.text, 'News Lens stopped here (1,000 characters)');
    const line = mark.range.start.line;
    assert.ok(document.lineAt(line).isEmptyOrWhitespace, `the note is on line ${line}: "${document.lineAt(line).text}"`);
    assert.ok(document.offsetAt(document.lineAt(line - 1).range.end) <= analysis.analysedChars, 'the paragraph above the note was not analysed');
    assert.ok(document.offsetAt(document.lineAt(line + 1).range.start) >= analysis.analysedChars, 'the paragraph below the note was analysed');
    assert.ok(mark.hover.includes('News Lens stopped here (1,000 characters)'), mark.hover);
    const people = api.decorationRanges(editor).person;
    assert.ok(people.length > 0 && people.length < 100, `${people.length} people highlighted in a cut file`);
    assert.strictEqual(people[people.length - 1].end.line, line - 1, 'the last highlight is not just above the note');
  });

  it('puts the note right after the last analysed sentence when the cut falls inside a line', async () => {
    const long = await untitled('news', 'Angela Merkel visited Berlin on Monday. '.repeat(80));
    try {
      const analysis = await api.analysisFor(long.document.uri);
      assert.ok(analysis && analysis.analysedChars < long.document.getText().length);
      await waitFor(() => api.cutMark(long) !== undefined, 'the note at the cut');
      const range = api.cutMark(long)?.range;
      assert.strictEqual(range?.end.line, 0);
      const end = long.document.offsetAt(range.end);
      assert.ok(end <= analysis.analysedChars && end >= analysis.analysedChars - 1, `the note is at ${end}, the cut at ${analysis.analysedChars}`);
    } finally {
      await discard(long);
    }
  });

  it('analyses all of the file from the note\'s Analyse All, and the note goes', async () => {
    await waitFor(() => api.cutMark(editor) !== undefined, 'the note at the cut');
    const hover = api.cutMark(editor)?.hover ?? '';
    assert.ok(linkNamed(hover, 'Open Setting').command === 'newsLens.openCharacterLimitSetting', hover);
    const analysis = await run<{ analysedChars: number } | undefined>(linkNamed(hover, 'Analyse All'));
    const length = editor.document.getText().length;
    assert.strictEqual(analysis?.analysedChars, length, 'the file was not analysed whole');
    await waitFor(() => api.cutMark(editor) === undefined, 'the note to go');
    await waitFor(() => rangeTexts(api, editor, 'person').length === 100, `every person highlighted: ${rangeTexts(api, editor, 'person').length}`);
    assert.strictEqual(api.factsView().description, undefined, 'the Facts view still says partial');
    // An edit keeps the file whole: the limit was raised for this file, not for one analysis.
    await editor.edit((edit) => edit.insert(editor.document.positionAt(length), paragraph));
    await waitFor(async () => (await api.analysisFor(editor.document.uri))?.analysedChars === editor.document.getText().length, 'the edited file to be analysed whole');
  });

  it('opens the newsLens.maxCharacters setting from Open Setting', async () => {
    await waitFor(() => api.cutMark(editor) !== undefined, 'the note at the cut');
    await run(linkNamed(api.cutMark(editor)?.hover ?? '', 'Open Setting'));
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label === 'Settings', `the Settings editor: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
