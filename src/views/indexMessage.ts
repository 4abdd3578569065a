// What the Facts view says above the Workspace scope: how far the index is, and what it cannot do here (a virtual
// workspace has no file watching; without workspace storage the index is not kept between sessions).
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../editor/workspace/workspaceIndex';

/** Schemes whose folders VS Code watches for changes made outside it: local files and remote ones. */
const WATCHED_SCHEMES = new Set(['file', 'vscode-remote']);

/** The message, or undefined when there is nothing to say. */
export function indexMessage(index: WorkspaceIndex | undefined, enabled: boolean): string {
  if (!enabled || !index) return 'The workspace index is off (newsLens.workspaceIndex.enabled).';
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return 'Open a folder to see the facts of its articles.';
  const { state, done, files } = index.report;
  const count = (n: number) => n.toLocaleString('en');
  const articles = index.articles().length;
  const parts = [
    state === 'scanning' ? `Indexing the workspace: ${count(done)} of ${count(files)} files` :
      state === 'paused' ? `Indexing paused while VS Code is in the background: ${count(done)} of ${count(files)} files` :
        state === 'cancelled' ? `Indexing cancelled at ${count(done)} of ${count(files)} files, ${count(articles)} article${articles === 1 ? '' : 's'} indexed: News Lens: Rescan the Workspace reads the rest` :
          `${count(articles)} article${articles === 1 ? '' : 's'} in the workspace`,
  ];
  if (folders.some((folder) => !WATCHED_SCHEMES.has(folder.uri.scheme))) {
    parts.push('File watching is not available in this virtual workspace: changes made outside VS Code show after News Lens: Rescan the Workspace');
  }
  if (!index.persistent) parts.push('the index is not kept between sessions here (no workspace storage)');
  return parts.join(' · ');
}
