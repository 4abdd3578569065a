// The extension is installed, wakes up for articles only, and contributes what the UI relies on.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, showAndAnalyse, waitFor, workspaceUri } from './support';

describe('activation', () => {
  it('is installed and declares narrow activation events (never "*")', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const events: string[] = extension.packageJSON.activationEvents ?? [];
    assert.ok(!events.includes('*'), `activation events: ${events.join(', ')}`);
    assert.ok(!events.includes('onStartupFinished'), `activation events: ${events.join(', ')}`);
  });

  it('activates when a .news article opens, and the file gets the "news" language', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('sample-article.news'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'news');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor(() => extension?.isActive === true, 'the extension to activate on a news document');
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['newsLens.toggle.person', 'newsLens.toggle.quote', 'newsLens.toggleAll', 'newsLens.toggleForFile', 'newsLens.exportFacts']) {
      assert.ok(commands.includes(id), `missing command ${id}`);
    }
  });

  it('contributes one theme colour per kind for highlights', () => {
    const colors: { id: string }[] = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.colors ?? [];
    const ids = colors.map((color) => color.id);
    for (const kind of ['person', 'organization', 'place', 'date', 'figure', 'quote']) {
      assert.ok(ids.includes(`newsLens.${kind}Background`), `missing colour newsLens.${kind}Background`);
    }
  });

  it('opens the sidebar with the Facts view', async () => {
    await showAndAnalyse(workspaceUri('sample-article.news'));
    await vscode.commands.executeCommand('workbench.view.extension.newsLens');
    await vscode.commands.executeCommand('newsLens.facts.focus');
  });
});
