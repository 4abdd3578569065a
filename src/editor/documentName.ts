// A document's name as a user reads it in a tab: the last part of its URI's path, with no Node `path` (browsers too).
import type * as vscode from 'vscode';

/** "seed-article.news" for …/drafts/seed-article.news, "Untitled-1" for an untitled draft; the whole URI if no path. */
export function documentName(uri: Pick<vscode.Uri, 'path' | 'toString'>): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
