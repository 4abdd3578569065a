// Finds the files of a workspace folder the index may read, through workspace.fs only (so virtual workspaces work):
// never into node_modules-like or hidden folders nor those `files.exclude` hides, and never through a symbolic link.
import * as vscode from 'vscode';
import { globMatches, walkStep } from './pathRules';

/** The patterns of `files.exclude` that are switched on for a folder (those with a `when` condition are left out). */
export function excludedPatterns(folder: vscode.WorkspaceFolder): string[] {
  const patterns = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude') ?? {};
  return Object.entries(patterns).filter(([, on]) => on === true).map(([pattern]) => pattern);
}

/** The path of `uri` inside the folder ("stories/main.news"), or undefined when it is not inside. */
export function pathInFolder(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority && uri.path.startsWith(root) ? uri.path.slice(root.length) : undefined;
}

/** True when no folder on the way to the file is one the index skips, and `files.exclude` does not hide it. */
export function isReachable(relativePath: string, excluded: readonly string[]): boolean {
  const parts = relativePath.split('/');
  if (parts.slice(0, -1).some((part) => walkStep(part, vscode.FileType.Directory) === 'skip')) return false;
  return !excluded.some((pattern) => globMatches(pattern, relativePath) || parts.some((_, i) => globMatches(pattern, parts.slice(0, i + 1).join('/'))));
}

/** Every file under `start` (a folder of the workspace folder, or its root) the index may read, folder by folder, in
 *  name order; with `wanted`, only the files it keeps, and no more than `limit` + 1 of them (the walk stops there: one
 *  more than the limit says that there are more). */
export async function filesUnder(folder: vscode.WorkspaceFolder, start: vscode.Uri, cancelled: () => boolean,
  wanted: (uri: vscode.Uri) => boolean = () => true, limit = Infinity): Promise<vscode.Uri[]> {
  const excluded = excludedPatterns(folder);
  const files: vscode.Uri[] = [];
  const folders = [start];
  while (folders.length > 0 && !cancelled() && files.length <= limit) {
    const current = folders.pop()!;
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(current);
    } catch {
      continue; // unreadable (permissions, gone): nothing to index there
    }
    for (const [name, type] of children.sort(([a], [b]) => a.localeCompare(b))) {
      const step = walkStep(name, type);
      if (step === 'skip') continue;
      const child = vscode.Uri.joinPath(current, name);
      const relative = pathInFolder(folder, child);
      if (relative === undefined || excluded.some((pattern) => globMatches(pattern, relative))) continue;
      if (step === 'enter') folders.push(child);
      else if (wanted(child) && files.length <= limit) files.push(child);
    }
  }
  return files;
}
