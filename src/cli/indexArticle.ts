// One article of `newslens index`: read as annotate reads a file, analysed whole, and written as the workspace
// index's entry (articleEntry, the data the editor's sidebar shows). A file that is not an article's text (binary)
// or longer than --max-characters is skipped, and says so; one that cannot be read fails.
import { readFile, stat } from 'node:fs/promises';
import type { Correction } from '../engine';
import { articleEntry } from '../engine/workspace/articleEntry';
import { localDay } from '../format/localDay';
import { analyseWhole } from './analyseWhole';
import type { JobReply } from './jobs/jobProtocol';
import { decodeArticle } from './readArticle';
import { knownSystemErrorReason } from './systemErrors';

/** What every article of an index run is read with. */
export interface IndexSettings {
  maxCharacters: number;
  corrections: readonly Correction[];
}

/** Indexes the article at `file` under the name `path`; never throws. */
export async function indexArticle(file: string, path: string, settings: IndexSettings): Promise<JobReply> {
  const { maxCharacters } = settings;
  let bytes: Uint8Array;
  let modified: Date;
  try {
    const info = await stat(file);
    // Each UTF-16 character takes at most 3 bytes of UTF-8 (a 4-byte one is 2 characters), plus a byte order mark:
    // a file this large is too long without reading it.
    if (info.size > 3 * maxCharacters + 3) return skipped(`${info.size.toLocaleString('en-US')} bytes`, maxCharacters);
    bytes = await readFile(file);
    modified = info.mtime;
  } catch (error) {
    return { warnings: [], error: knownSystemErrorReason(error) ?? `cannot read: ${(error as Error).message}` };
  }
  const article = decodeArticle(bytes, 'indexed');
  if (!article.ok) return { warnings: [], skipped: article.reason };
  if (article.text.length > maxCharacters) return skipped(`${article.text.length.toLocaleString('en-US')} characters`, maxCharacters);
  try {
    const analysis = analyseWhole(article.text, undefined, localDay(modified), settings.corrections);
    return { output: JSON.stringify(articleEntry(path, analysis)), warnings: analysis.warnings };
  } catch (error) {
    return { warnings: [], error: `analysis failed: ${(error as Error).message}` };
  }
}

function skipped(size: string, maxCharacters: number): JobReply {
  return { warnings: [], skipped: `${size}, more than --max-characters ${maxCharacters}: not indexed` };
}
