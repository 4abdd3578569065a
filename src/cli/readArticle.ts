// Reads an article file as the engine needs it: UTF-8 text without BOM, or a reason it cannot be annotated.
import { readFile, stat } from 'node:fs/promises';
import { localDay } from '../format/localDay';
import { decodeStrictUtf8 } from './strictUtf8';
import { knownSystemErrorReason } from './systemErrors';

/** The text of a readable article, or why it was not read. */
export type ArticleText = { ok: true; text: string; modifiedDay?: string } | { ok: false; reason: string };

/** What the file is refused for, in its reason ("binary file, not checked"): the command that read it. */
export type ReadPurpose = 'annotated' | 'checked' | 'indexed';

/** Decodes file bytes: a UTF-8 BOM is dropped (offsets count from the text after it); NUL bytes or invalid UTF-8 mean binary. */
export function decodeArticle(bytes: Uint8Array, purpose: ReadPurpose = 'annotated'): ArticleText {
  if (bytes.includes(0)) return { ok: false, reason: `binary file, not ${purpose}` };
  const text = decodeStrictUtf8(bytes, true);
  return text === undefined ? { ok: false, reason: `binary file, not ${purpose} (not valid UTF-8 text)` } : { ok: true, text };
}

/** Reads and decodes one article file, with the day it was last modified; never throws. */
export async function readArticle(path: string, purpose: ReadPurpose = 'annotated'): Promise<ArticleText> {
  try {
    const article = decodeArticle(await readFile(path), purpose);
    if (!article.ok) return article;
    return { ...article, modifiedDay: localDay((await stat(path)).mtime) };
  } catch (error) {
    return { ok: false, reason: knownSystemErrorReason(error) ?? `cannot read: ${(error as Error).message}` };
  }
}
