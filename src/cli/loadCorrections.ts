// The CLI's corrections: the file `--corrections` names, else the `.newslens.json` nearest above each article (its own
// folder first, then each parent), as the editor keeps one at a workspace folder's root. Every file is read and
// checked before anything is printed: a bad one is a usage error (exit 2), with one line per problem.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CORRECTIONS_FILE_NAME, problemLine, readCorrectionsFile } from '../corrections/correctionsFile';
import type { Correction } from '../engine';
import { decodeStrictUtf8 } from './strictUtf8';
import { knownSystemErrorReason } from './systemErrors';

/** A corrections file that cannot be used: each line is one problem, "FILE:LINE:COLUMN: what is wrong". */
export class CorrectionsFileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Reads and checks one corrections file; throws CorrectionsFileError when it is missing, unreadable or has problems. */
export async function loadCorrectionsFile(path: string): Promise<Correction[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CorrectionsFileError([`${path}: ${knownSystemErrorReason(error) ?? `cannot read: ${(error as Error).message}`}`]);
  }
  const text = decodeStrictUtf8(bytes, true);
  if (text === undefined) throw new CorrectionsFileError([`${path}: not valid UTF-8 text`]);
  const { corrections, problems } = readCorrectionsFile(text);
  if (problems.length > 0) throw new CorrectionsFileError(problems.map((problem) => problemLine(path, text, problem)));
  return corrections;
}

/** The `.newslens.json` in the article's folder or the nearest folder above it, if any. */
export function findCorrectionsFile(articlePath: string): Promise<string | undefined> {
  return nearestCorrectionsFile(dirname(resolve(articlePath)));
}

/** The `.newslens.json` in `start` or the nearest folder above it, if any. */
async function nearestCorrectionsFile(start: string): Promise<string | undefined> {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    const candidate = join(folder, CORRECTIONS_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** How the run finds corrections: the file `--corrections` names, none (`--no-corrections`), or each article's nearest. */
export type CorrectionsChoice = { file: string } | { none: true } | { nearest: true };

/** The corrections for each article, by its path, all read and checked first; throws CorrectionsFileError (every
 *  problem of every bad file). */
export async function correctionsForArticles(choice: CorrectionsChoice, articles: readonly string[]): Promise<Map<string, Correction[]>> {
  const byArticle = new Map<string, Correction[]>();
  if ('none' in choice) return byArticle;
  const paths = new Map<string, string | undefined>();
  for (const article of articles) paths.set(article, 'file' in choice ? choice.file : await findCorrectionsFile(article));
  const loaded = new Map<string, Correction[]>();
  const problems: string[] = [];
  for (const path of new Set([...paths.values()].filter((path): path is string => path !== undefined))) {
    try {
      loaded.set(path, await loadCorrectionsFile(path));
    } catch (error) {
      if (!(error instanceof CorrectionsFileError)) throw error;
      problems.push(...error.lines);
    }
  }
  if (problems.length > 0) throw new CorrectionsFileError(problems);
  for (const [article, path] of paths) if (path !== undefined) byArticle.set(article, loaded.get(path) ?? []);
  return byArticle;
}

/** The corrections of every article under `folder` (`newslens index`): the file `--corrections` names, none, or the
 *  `.newslens.json` in the folder or the nearest above it, as the editor applies its workspace folder's to every
 *  article in it. Throws CorrectionsFileError. */
export async function correctionsForFolder(choice: CorrectionsChoice, folder: string): Promise<Correction[]> {
  if ('none' in choice) return [];
  const path = 'file' in choice ? choice.file : await nearestCorrectionsFile(folder);
  return path === undefined ? [] : loadCorrectionsFile(path);
}
