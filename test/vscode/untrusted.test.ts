// News Lens in an untrusted workspace (Restricted Mode), as package.json's capabilities.untrustedWorkspaces and the
// README promise: it runs, and `newsLens.maxCharacters` comes from the user settings only, for open files and for the
// workspace index alike, though the workspace's settings set 1,000. Runs in `npm run test:untrusted`
// (scripts/vscode-test/run-suite.mjs --untrusted opens the workspace untrusted), and only there (test/vscode/index.ts).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { newsLens, workspaceUri } from './support';

/** The workspace's value the runner writes in .vscode/settings.json for this run. */
const WORKSPACE_LIMIT = 1000;

describe('an untrusted workspace (Restricted Mode)', () => {
  it('runs, and reads newsLens.maxCharacters from the user settings only: the index and an open editor take the sample article whole', async function () {
    this.timeout(60_000);
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is trusted');
    const inspected = vscode.workspace.getConfiguration('newsLens').inspect<number>('maxCharacters');
    assert.strictEqual(vscode.workspace.getConfiguration('newsLens').get('maxCharacters'), inspected?.defaultValue, `maxCharacters: ${JSON.stringify(inspected)}`);
    const api = await newsLens();
    await api.workspaceIndex.scanned();
    const sample = api.workspaceIndex.entries().find(({ entry }) => entry.path === 'sample-article.news');
    assert.ok(sample, `the sample article is not indexed: ${api.workspaceIndex.entries().map(({ entry }) => entry.path).join(', ')}`);
    const beyond = sample.entry.entities.filter((entity) => entity.first.start > WORKSPACE_LIMIT).map((entity) => entity.name);
    assert.ok(beyond.length > 0, 'the index read the sample article only up to the workspace\'s limit');
    const document = await vscode.workspace.openTextDocument(workspaceUri('sample-article.news'));
    assert.ok(document.getText().length > WORKSPACE_LIMIT, 'the sample article is too short to show the limit');
    const analysis = await api.analysisFor(document.uri);
    assert.strictEqual(analysis?.analysedChars, document.getText().length, 'the open article was cut at the workspace\'s limit');
  });
});
