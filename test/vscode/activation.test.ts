// The extension wakes up when an article opens, registers its commands and shows its Facts view. What the manifest
// alone declares (activation events, colours, settings, keybindings) is checked in plain Node:
// test/unit/contributions/manifest.test.ts.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { EXTENSION_ID, newsLens, note, showAndAnalyse, waitFor, workspaceUri } from './support';

describe('activation', () => {
  it('activates when a .news article opens, and the file gets the "news" language', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('sample-article.news'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'news');
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    await waitFor(() => extension?.isActive === true, 'the extension to activate on a news document');
    note(`activation: ${extension?.exports.activationMs.toFixed(1)} ms (activate() itself, measured by the extension)`);
  });

  it('registers every command it contributes (none is "command not found" in the palette)', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: { command: string }[] = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands ?? [];
    assert.ok(contributed.length > 0, 'no contributed commands');
    assert.deepStrictEqual(contributed.map(({ command }) => command).filter((command) => !registered.has(command)), []);
  });

  it('contributes the Facts view in its own view container, which VS Code opens and focuses, fed with the active article\'s facts', async () => {
    const article = await showAndAnalyse(workspaceUri('sample-article.news'));
    await vscode.commands.executeCommand('workbench.view.extension.newsLens');
    await vscode.commands.executeCommand('newsLens.facts.focus');
    const api = await newsLens();
    await waitFor(() => api.factsTree.activeDocument === article.document && api.factsTree.getChildren().length > 0, 'the Facts view to show the sample article');
  });
});
