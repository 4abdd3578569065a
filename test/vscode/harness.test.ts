// Proves the harness itself: the extension under development is loaded into this real VS Code, activates,
// and the workspace the runner prepared holds the seed article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { needsSeedArticle, note } from './support';

const EXTENSION_ID = 'newslens.news-lens';

describe('test harness', () => {
  it('loads the News Lens extension under development', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    assert.equal(extension.packageJSON.displayName, 'News Lens');
  });

  it('activates the extension without errors', async () => {
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    const api = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.ok(api.activationMs >= 0);
    note(`activation: ${api.activationMs.toFixed(1)} ms (activate() itself, measured by the extension)`);
  });

  it('opens a workspace folder holding the seed article as .txt and .news', async function () {
    needsSeedArticle(this);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    const found = await vscode.workspace.findFiles('seed-article.*');
    const names = found.map((uri) => uri.path.split('/').pop()).sort();
    assert.deepEqual(names, ['seed-article.news', 'seed-article.txt']);
    const document = await vscode.workspace.openTextDocument(found[0]);
    assert.match(document.getText(), /Mishustin/);
  });
});
