// The articles under a folder for `newslens index`, as the editor's workspace scan finds them: `.news`, `.txt` and
// `.md` files, never inside `node_modules`, `.git` or another dot-folder, never through a symbolic link out of the
// folder; in path order (each folder's entries by name, in UTF-16 order, files and folders together), read lazily so a
// huge archive is never listed in memory.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { knownSystemErrorReason } from './systemErrors';

/** The extensions of article files. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.news', '.txt', '.md'];

/** A file to index (`file` to read, `path` its name relative to the folder, with `/`), or one skipped or unreadable. */
export type WalkItem = { path: string; file: string } | { path: string; skipped: string } | { path: string; error: string };

/** True for a file name the walk reads. */
export const isArticleName = (name: string): boolean => ARTICLE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** True for a folder the walk never enters: dependencies and dot-folders (`.git`, `.vscode`). */
export const isSkippedFolder = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

/** Walks `folder` (which must be a folder); `exclude` is a file never read (the run's own --out). */
export async function* walkArticles(folder: string, exclude?: string): AsyncGenerator<WalkItem> {
  yield* walkFolder(folder, '', await realpath(folder), exclude === undefined ? undefined : resolve(exclude));
}

async function* walkFolder(folder: string, path: string, root: string, exclude: string | undefined): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { path: path || '.', error: `cannot read the folder: ${knownSystemErrorReason(error) ?? (error as Error).message}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = join(folder, entry.name);
    const named = path ? `${path}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) yield* walkFolder(file, named, root, exclude);
    } else if (entry.isSymbolicLink()) {
      const item = await followLink(file, named, root);
      if (item) yield item;
    } else if (entry.isFile() && isArticleName(entry.name) && resolve(file) !== exclude) {
      yield { path: named, file };
    }
  }
}

/** A symbolic link is read only when it leads to an article file inside the folder. Links to folders are never
 *  followed (they could loop; a folder inside is walked under its own path). Links that would have been read or
 *  walked are reported when skipped; others are passed over quietly, as any non-article file is. */
async function followLink(link: string, path: string, root: string): Promise<WalkItem | undefined> {
  let target: string;
  let isFolder: boolean;
  try {
    target = await realpath(link);
    const info = await stat(target);
    if (!info.isDirectory() && !(info.isFile() && isArticleName(path))) return undefined;
    isFolder = info.isDirectory();
  } catch {
    return isArticleName(path) ? { path, skipped: 'broken symbolic link, not indexed' } : undefined;
  }
  const inside = relative(root, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { path, skipped: 'symbolic link to outside the folder, not followed' };
  return isFolder ? { path, skipped: 'symbolic link to a folder, not followed' } : { path, file: target };
}
