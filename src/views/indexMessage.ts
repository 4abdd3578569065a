// What the Facts view says above the Workspace scope: how far the index is, and what it cannot do here (a virtual
// workspace has no file watching; without workspace storage the index is not kept between sessions).
import * as vscode from 'vscode';
import type { ScanReport, WorkspaceIndex } from '../editor/workspace/workspaceIndex';

/** Schemes whose folders VS Code watches for changes made outside it: local files and remote ones. */
const WATCHED_SCHEMES = new Set(['file', 'vscode-remote']);

/** The message, or undefined when there is nothing to say. */
export function indexMessage(index: WorkspaceIndex | undefined, enabled: boolean): string {
  if (!enabled || !index) return 'The workspace index is off (newsLens.workspaceIndex.enabled).';
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return 'Open a folder to see the facts of its articles.';
  const parts = [scanSummary(index.report, index.articles().length)];
  const { cappedAt } = index.report;
  if (cappedAt !== undefined) parts.push(`the workspace has more than ${count(cappedAt)} articles: the scan read the first ${count(cappedAt)} (newsLens.workspaceIndex.maxFiles)`);
  if (folders.some((folder) => !WATCHED_SCHEMES.has(folder.uri.scheme))) {
    parts.push('File watching is not available in this virtual workspace: changes made outside VS Code show after News Lens: Rescan the Workspace');
  }
  if (!index.persistent) parts.push('the index is not kept between sessions here (no workspace storage)');
  return parts.join(' · ');
}

const count = (n: number) => n.toLocaleString('en');
const articlesOf = (n: number) => `${count(n)} article${n === 1 ? '' : 's'}`;

/** How far the scan is: under way, paused, cancelled (with what it indexed and how to finish), or done. */
function scanSummary({ state, done, files }: ScanReport, articles: number): string {
  const progress = `${count(done)} of ${count(files)} files`;
  if (state === 'scanning') return `Indexing the workspace: ${progress}`;
  if (state === 'paused') return `Indexing paused while VS Code is in the background: ${progress}`;
  if (state === 'cancelled') {
    return `Indexing cancelled ${files === 0 ? 'before it had found the files' : `at ${progress}`}, ${articlesOf(articles)} indexed: News Lens: Rescan the Workspace reads the rest`;
  }
  return `${articlesOf(articles)} in the workspace`;
}
