// Shared helpers for the extension-host suite: the extension's API, workspace files, settings that restore themselves.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FactKind, Mention } from '../../src/engine';
import type { NewsLensApi } from '../../src/extension';

/** A tree item's label as a string (VS Code allows a string or a highlighted label). */
export function treeItemLabel(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

/** Where results go: where the runner asked (env), else <repo>/test-results/ derived from out/test/vscode/. */
export function resultsPath(): string {
  return process.env.NEWSLENS_TEST_RESULTS || path.resolve(__dirname, '..', '..', '..', 'test-results', 'vscode-suite.txt');
}

/** A measurement line in the results the runner prints (the extension host's console is not shown). */
export function note(line: string): void {
  fs.appendFileSync(resultsPath(), `NOTE ${line}\n`);
}

/** The extension's id: `publisher.name` from package.json. */
export const EXTENSION_ID = 'newslens.news-lens';

/** The extension, activated, and the API it returns. */
export async function newsLens(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

/** A file in the test workspace (the seed article copies, the sample article and test/fixtures/workspace/). */
export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Whether the runner put the seed article (licensed, from the shared folder) in the workspace; it leaves it out when absent. */
export function hasSeedArticle(): boolean {
  return fs.existsSync(workspaceUri('seed-article.news').fsPath);
}

/**
 * Why tests skipped themselves: index.ts writes them in one NOTE line at the end of the results. Kept on globalThis,
 * because each compiled test file bundles its own copy of this module.
 */
export const skipReasons: Set<string> = ((globalThis as { newsLensSkipReasons?: Set<string> }).newsLensSkipReasons ??= new Set<string>());

/**
 * First line of a test (or of a suite's `before` hook, for the whole suite) that reads the seed article: without it
 * the test is skipped and counted apart. In CI the runner refuses to start without the seed article instead.
 */
export function needsSeedArticle(context: Mocha.Context): void {
  if (hasSeedArticle()) return;
  skipReasons.add('they need the seed article (../shared/corpus/seed/ or NEWSLENS_SHARED), which this workspace lacks');
  context.skip();
}

/** Opens a document in an editor and waits until News Lens has analysed (and painted) its current version. */
export async function showAndAnalyse(target: vscode.Uri | vscode.TextDocument): Promise<vscode.TextEditor> {
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : target;
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await (await newsLens()).analysisFor(document.uri);
  return editor;
}

/** An unsaved document with the given language and text, shown and analysed. */
export async function untitled(language: string, content: string): Promise<vscode.TextEditor> {
  return showAndAnalyse(await freshDraft(language, content));
}

let draftsOpened = 0;

/**
 * An unsaved document holding exactly `content`, under a name no draft of this run had. Not `openTextDocument({ content })`:
 * VS Code 1.100 gives a new draft the lowest free "Untitled-N" and fills it from that name's hot-exit backup when a
 * closed draft's backup write outlived its close, so a test could get an earlier test's text (seen in CI: the 5 MB
 * test's draft held the 2,000-word sentence). Tests of that reuse open their drafts themselves.
 */
export async function freshDraft(language: string, content: string): Promise<vscode.TextDocument> {
  draftsOpened += 1;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `draft-${process.pid}-${draftsOpened}` }));
  const filled = new vscode.WorkspaceEdit();
  const eol = content.includes('\r\n') ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF; // as openTextDocument({ content }) picks it
  filled.set(document.uri, [vscode.TextEdit.setEndOfLine(eol), vscode.TextEdit.replace(new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length)), content)]);
  assert.ok(await vscode.workspace.applyEdit(filled), `could not fill ${document.uri.toString()}`);
  const typed = document.languageId === language ? document : await vscode.languages.setTextDocumentLanguage(document, language);
  assert.strictEqual(typed.getText(), content, `${typed.uri.toString()} does not hold the text it was given`);
  return typed;
}

/** Polls until `condition` holds (UI state settles asynchronously); fails with `message` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text under each range of one kind, as last painted in the editor. */
export function rangeTexts(api: NewsLensApi, editor: vscode.TextEditor, kind: FactKind): string[] {
  return api.decorationRanges(editor)[kind].map((range) => editor.document.getText(range));
}

/** The number of ranges painted in the editor, over all kinds. */
export function totalRanges(api: NewsLensApi, editor: vscode.TextEditor): number {
  return Object.values(api.decorationRanges(editor)).reduce((sum, ranges) => sum + ranges.length, 0);
}

/**
 * The user-level values of settings as they are now, and a function that puts them back: for tests whose commands
 * write settings (the highlight toggles, the sidebar's sort and kinds). Call it in `afterEach` or `finally`, so a
 * failing test leaves no setting changed for the tests after it.
 */
export function snapshotSettings(keys: readonly string[]): () => Promise<void> {
  const saved = keys.map((key) => {
    const [section, ...rest] = key.split('.');
    const name = rest.join('.');
    return { section, name, value: vscode.workspace.getConfiguration(section).inspect(name)?.globalValue };
  });
  return async () => {
    for (const { section, name, value } of saved) {
      const configuration = vscode.workspace.getConfiguration(section);
      if (configuration.inspect(name)?.globalValue !== value) await configuration.update(name, value, vscode.ConfigurationTarget.Global);
    }
  };
}

/** Sets a user setting for the duration of a test; returns a function that puts the old value back (call it in `finally` or `afterEach`). */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const [section, ...rest] = key.split('.');
  const name = rest.join('.');
  const configuration = vscode.workspace.getConfiguration(section);
  const previous = configuration.inspect(name)?.globalValue;
  await configuration.update(name, value, vscode.ConfigurationTarget.Global);
  return () => Promise.resolve(vscode.workspace.getConfiguration(section).update(name, previous, vscode.ConfigurationTarget.Global));
}

/** A range as "line:character-line:character", to compare ranges by value (String(range) is "[object Object]"). */
export function rangeKey(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The range of a mention in a document. */
export function rangeOf(document: vscode.TextDocument, mention: Pick<Mention, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
}

/** Closes an editor without a save prompt (untitled drafts are reverted, never saved). */
export async function discard(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  // VS Code reuses "Untitled-N" names: wait until this one is gone, or the next draft may be handed the old document.
  if (editor.document.isUntitled) await waitFor(() => editor.document.isClosed, `${editor.document.uri.toString()} to close`);
}
