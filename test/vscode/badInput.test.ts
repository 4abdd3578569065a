// Bad input: empty, huge, binary, CRLF, surrogate pairs, runs of periods, an endless sentence — nothing breaks.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { discard, newsLens, rangeOf, showAndAnalyse, untitled, workspaceUri } from './support';

/** Every highlighted range covers exactly its mention's text, and names in `expected` are highlighted somewhere. */
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

  it('an empty article has no facts and no error', async () => {
    const editor = await draft('');
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis, 'no analysis for an empty document');
    assert.strictEqual(analysis.mentions.length, 0);
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

  it('a line of 100,000 periods does not stop the name after it from being highlighted', async () => {
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

  it('a new draft opened right after closing a 5 MB one is analysed as itself, not as the draft it replaced', async () => {
    const sentence = 'Angela Merkel visited Berlin on Monday, officials said. ';
    const big = await draft(sentence.repeat(Math.ceil(5_000_000 / sentence.length)));
    await api.analysisFor(big.document.uri);
    await discard(opened.pop() as vscode.TextEditor);
    const small = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'news', content: 'Premier Li Qiang met Jonas Berger in Geneva.\n' }));
    opened.push(small);
    const analysis = await api.analysisFor(small.document.uri);
    const people = analysis?.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    assert.deepStrictEqual(people, ['Li Qiang', 'Jonas Berger'], `${small.document.uri.toString()} (was ${big.document.uri.toString()})`);
  });

  it('a binary file neither crashes News Lens nor stops it working', async () => {
    try {
      const document = await vscode.workspace.openTextDocument(workspaceUri('binary.dat'));
      await api.analysisFor(document.uri);
    } catch {
      // VS Code itself may refuse to open a binary file as text; that is fine.
    }
    const seed = await showAndAnalyse(workspaceUri('seed-article.news'));
    assert.ok(await api.analysisFor(seed.document.uri), 'the seed article is no longer analysed');
  });
});
