// Reads an article file as the engine needs it: UTF-8 text without BOM, or a reason it cannot be annotated.
import { readFile, stat } from 'node:fs/promises';
import { localDay } from '../format/localDay';

/** The text of a readable article, or why it was not read. */
export type ArticleText = { ok: true; text: string; modifiedDay?: string } | { ok: false; reason: string };

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  ELOOP: 'too many symbolic links',
};

/** Decodes file bytes: a UTF-8 BOM is dropped (offsets count from the text after it); NUL bytes or invalid UTF-8 mean binary. */
export function decodeArticle(bytes: Uint8Array): ArticleText {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file, not annotated' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'binary file, not annotated (not valid UTF-8 text)' };
  }
}

/** Reads and decodes one article file, with the day it was last modified; never throws. */
export async function readArticle(path: string): Promise<ArticleText> {
  try {
    const article = decodeArticle(await readFile(path));
    if (!article.ok) return article;
    return { ...article, modifiedDay: localDay((await stat(path)).mtime) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: READ_FAILURES[code] ?? `cannot read: ${(error as Error).message}` };
  }
}
