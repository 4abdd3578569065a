// Proves the harness itself: the extension under development — this repository's build — is loaded into this real
// VS Code, and the workspace the runner prepared holds the seed article. (That it activates, and what a user sees of
// it, is activation.test.ts's and the other files' business.)
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, needsSeedArticle } from './support';

describe('test harness', () => {
  it('loads the News Lens extension under development, from this repository, not an installed copy', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    assert.equal(extension.packageJSON.displayName, 'News Lens');
    // This file runs from <repo>/out/test/vscode/; the extension must be the repo's own dist/, or the suite tests another build.
    const repository = path.resolve(__dirname, '..', '..', '..');
    assert.equal(extension.extensionUri.fsPath, repository, 'the extension under test is not the repository\'s');
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
