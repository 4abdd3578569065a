// The workspace index in VS Code for the Web, where the workspace folder is virtual (test-web's mount, a scheme of its
// own, served by a file system provider): the scan finds the articles through workspace.fs (the browser has no other
// file access), the Workspace scope says that changes made outside VS Code show after News Lens: Rescan the
// Workspace, and the Rescan picks up a file the index had not seen. Runs after the other browser tests (index.ts
// order), which activate the extension; removes what it writes.
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { ok, waitFor } from './check';
import { MARK } from './setupMocha';

const NO_WATCHING = 'File watching is not available in this virtual workspace: changes made outside VS Code show after News Lens: Rescan the Workspace';
const LATE = 'story-package/late-web.news';

describe('the workspace index in a virtual workspace (browser)', () => {
  let api: NewsLensApi;
  let folder: vscode.WorkspaceFolder;
  const paths = () => api.workspaceIndex.entries().map(({ entry }) => entry.path);
  const message = () => api.factsView().message ?? '';

  before(async () => {
    const found = vscode.workspace.workspaceFolders?.[0];
    ok(found, 'test-web opened no workspace folder');
    folder = found;
    const exported = vscode.extensions.getExtension<NewsLensApi>('newslens.news-lens')?.exports;
    ok(exported, 'News Lens is not active');
    api = exported;
    await vscode.workspace.getConfiguration('newsLens').update('sidebar.scope', 'workspace', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('newsLens.facts.focus');
  });
  after(async () => {
    await Promise.resolve(vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, LATE))).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('newsLens').update('sidebar.scope', undefined, vscode.ConfigurationTarget.Global);
  });

  it('indexes the articles of the virtual folder, read through workspace.fs, and says outside changes need Rescan the Workspace', async function () {
    this.timeout(60_000);
    ok(!['file', 'vscode-remote'].includes(folder.uri.scheme), `the workspace is not virtual: ${folder.uri.toString()}`);
    await api.workspaceIndex.scanned();
    const indexed = paths();
    for (const path of ['story-package/main.news', 'story-package/sidebar.news', 'story-package/explainer.md', 'sample-article.news']) ok(indexed.includes(path), `${path} is not indexed: ${indexed.join(', ')} (${JSON.stringify(api.workspaceIndex.report())})`);
    ok(!indexed.includes('binary.dat') && !indexed.includes('code.js'), `a file that is no article is indexed: ${indexed.join(', ')}`);
    const report = api.workspaceIndex.report();
    ok(report.state === 'ready' && report.done === report.files, JSON.stringify(report));
    // The view catches up with the index within a moment (it gathers changes for half a second).
    await waitFor(() => message() === `${indexed.length} articles in the workspace · ${NO_WATCHING}`, `the Workspace scope's message (it says ${JSON.stringify(message())})`);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Marchetti');
    ok(symbols.some((symbol) => symbol.name === 'Sophie Marchetti' && symbol.location.uri.scheme === folder.uri.scheme), `Go to Symbol in Workspace: ${symbols.map((symbol) => symbol.name).join()}`);
  });

  it('picks up a file the index had not seen at Rescan the Workspace', async function () {
    this.timeout(60_000);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, LATE), new TextEncoder().encode('Quay reopens\n\nGENEVA, March 21, 2026 (Reuters) - Ottilie Brandstetter, the port engineer, said on Friday that the quay reopens in May.\n'));
    await vscode.commands.executeCommand('newsLens.rescanWorkspace');
    await api.workspaceIndex.scanned();
    ok(paths().includes(LATE), `the Rescan did not index the new file: ${paths().join(', ')}`);
    const named = api.workspaceIndex.entries().find(({ entry }) => entry.path === LATE)?.entry.entities.map((entity) => entity.name) ?? [];
    ok(named.includes('Ottilie Brandstetter'), `the new file's people: ${named.join()}`);
    console.log(`${MARK} NOTE workspace index in test-web's virtual folder (${folder.uri.scheme}): ${api.workspaceIndex.report().files} files; ${message().includes('not kept between sessions') ? 'not kept' : 'kept'} between sessions (workspace storage)`);
  });
});
