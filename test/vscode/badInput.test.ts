// Bad input: empty, huge, binary, CRLF, surrogate pairs, runs of periods, an endless sentence — nothing breaks.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { discard, newsLens, note, rangeOf, rangeTexts, showAndAnalyse, untitled, workspaceUri } from './support';

/** Every mention's offsets cover exactly its text, and each name in `expected` is inside some decoration range. */
async function assertOffsetsRight(api: NewsLensApi, editor: vscode.TextEditor, expected: string[]): Promise<void> {
  const analysis = await api.analysisFor(editor.document.uri);
  assert.ok(analysis, 'no analysis');
  for (const mention of analysis.mentions) {
    assert.strictEqual(editor.document.getText(rangeOf(editor.document, mention)), mention.text, `offsets of "${mention.text}"`);
  }
  const painted = Object.values(api.decorationRanges(editor)).flat().map((range) => editor.document.getText(range));
  for (const name of expected) assert.ok(painted.some((text) => text.includes(name)), `"${name}" is not highlighted: ${JSON.stringify(painted)}`);
}

describe('bad input', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  const opened: vscode.TextEditor[] = [];

  before(async () => {
    api = await newsLens();
  });
  afterEach(async () => {
    while (opened.length > 0) await discard(opened.pop() as vscode.TextEditor);
  });

  async function draft(content: string): Promise<vscode.TextEditor> {
    const editor = await untitled('news', content);
    opened.push(editor);
    return editor;
  }

  /** A draft the way a user makes one: VS Code names it "Untitled-N", reusing the name of a draft just closed. */
  async function reusingDraft(content: string): Promise<vscode.TextEditor> {
    const editor = await showAndAnalyse(await vscode.workspace.openTextDocument({ language: 'news', content }));
    opened.push(editor);
    return editor;
  }

  it('an empty article has no facts and no error', async () => {
    const editor = await draft('');
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis, 'no analysis for an empty document');
    assert.deepStrictEqual([analysis.mentions, analysis.entities, analysis.warnings], [[], [], []]);
  });

  it('emoji and other surrogate pairs before a name keep the offsets right', async () => {
    const editor = await draft('😀🎉👍🏽 𝒳 Angela Merkel met Emmanuel Macron in Paris on Monday.\n');
    await assertOffsetsRight(api, editor, ['Merkel']);
  });

  it('CRLF line endings keep the offsets right on later lines', async () => {
    const editor = await draft('Line one.\r\n\r\nOn Monday, Angela Merkel visited Berlin.\r\nEmmanuel Macron stayed in Paris.\r\n');
    assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF);
    await assertOffsetsRight(api, editor, ['Merkel', 'Macron']);
  });

  it('a line of 100,000 periods does not stop the name after it from being found and given a highlight range', async () => {
    const editor = await draft(`${'.'.repeat(100_000)}\nAngela Merkel visited Berlin on Monday.\n`);
    await assertOffsetsRight(api, editor, ['Merkel']);
  });

  it('a 2,000-word sentence is analysed', async () => {
    const words = Array.from({ length: 2000 }, (_, index) => (index % 7 === 0 ? 'and' : 'very')).join(' ');
    const editor = await draft(`Angela Merkel said the plan was ${words} long.\n`);
    await assertOffsetsRight(api, editor, ['Merkel']);
  });

  it('a 5 MB article is annotated partially, from the start, and stays unmodified', async () => {
    const sentence = 'Angela Merkel visited Berlin on Monday, officials said. ';
    const content = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const editor = await draft(content);
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis, 'no analysis for the 5 MB article');
    assert.ok(analysis.analysedChars < content.length, 'the whole 5 MB were analysed: newsLens.maxCharacters not applied');
    assert.ok(analysis.mentions.length > 0, 'the analysed part has no mentions');
    assert.ok(analysis.mentions.every((mention) => mention.end <= analysis.analysedChars));
    assert.strictEqual(editor.document.getText(), content);
  });

  it('a new draft opened right after closing a 5 MB one shows the facts of the text it holds', async () => {
    const sentence = 'Angela Merkel visited Berlin on Monday, officials said. ';
    const bigText = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const big = await reusingDraft(bigText);
    await discard(opened.pop() as vscode.TextEditor);
    const smallText = 'Premier Li Qiang met Jonas Berger in Geneva.\n';
    const small = await reusingDraft(smallText);
    // VS Code 1.100 may fill a new untitled draft from the hot-exit backup of the closed draft whose name it reuses
    // (its backup write can finish after the revert discarded it): then the new draft really holds the old text, and
    // its facts must be that text's. Either way the facts are those of what the editor holds, never of another draft.
    const held = small.document.getText();
    assert.ok(held === smallText || held === bigText, `the new draft holds neither text (${held.length} characters)`);
    if (held !== smallText) note(`VS Code filled ${small.document.uri.toString()} from the closed draft's backup (${held.length} characters)`);
    const analysis = await api.analysisFor(small.document.uri);
    assert.ok(analysis, 'no analysis for the new draft');
    const covered = Math.min(held.length, 200_000); // newsLens.maxCharacters; a cut word before it is left out
    assert.ok(analysis.analysedChars <= covered && analysis.analysedChars > covered - 100, `the analysis covers ${analysis.analysedChars} characters of other text than the draft holds`);
    const people = analysis.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    assert.deepStrictEqual(people, held === smallText ? ['Li Qiang', 'Jonas Berger'] : ['Angela Merkel'], `${small.document.uri.toString()} (was ${big.document.uri.toString()})`);
    const painted = Object.values(api.decorationRanges(small)).flat().map((range) => small.document.getText(range));
    assert.ok(painted.includes(people[0]), `"${people[0]}" is not highlighted in the new draft: ${JSON.stringify(painted.slice(0, 5))}`);
  });

  it('a new draft that takes a closed draft\'s name is an article even if News Lens was switched off for the old one', async () => {
    const old = await reusingDraft('Angela Merkel visited Berlin on Monday.\n');
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.toggleForFile'), false, 'News Lens was not switched off');
    const name = old.document.uri.toString();
    await discard(opened.pop() as vscode.TextEditor);
    const next = await reusingDraft('Premier Li Qiang met Jonas Berger in Geneva.\n');
    assert.strictEqual(next.document.uri.toString(), name, 'VS Code did not reuse the name, so this test proves nothing');
    const analysis = await api.analysisFor(next.document.uri);
    assert.ok(analysis, 'the new draft inherited the closed draft\'s "off" switch');
    // VS Code may fill the new draft from the closed one's backup (see above): its own text's person is highlighted.
    const person = next.document.getText().includes('Li Qiang') ? 'Li Qiang' : 'Angela Merkel';
    assert.ok(rangeTexts(api, next, 'person').includes(person), `the new draft is not highlighted: ${JSON.stringify(rangeTexts(api, next, 'person'))}`);
  });

  it('a binary file neither crashes News Lens nor stops it working', async () => {
    try {
      const document = await vscode.workspace.openTextDocument(workspaceUri('binary.dat'));
      await api.analysisFor(document.uri);
    } catch {
      // VS Code itself may refuse to open a binary file as text; that is fine.
    }
    const article = await showAndAnalyse(workspaceUri('sample-article.news'));
    const analysis = await api.analysisFor(article.document.uri);
    assert.ok(analysis && analysis.mentions.length > 0, 'the sample article is no longer analysed');
    assert.ok(rangeTexts(api, article, 'person').includes('Sophie Marchetti'), 'the sample article lost its highlight ranges');
  });
});
