// One file of the workspace index read and analysed: its text (if it is one an article can have: not binary, not
// longer than newsLens.maxCharacters), its folder's corrections, and its entry from the index's worker.
import * as vscode from 'vscode';
import type { Correction } from '../../engine/types';
import { localDay } from '../../format/localDay';
import type { AnalysisWorker } from '../analysisWorker';
import type { IndexRecord } from './indexFile';
import { decodeArticle } from './pathRules';

/** What reading a file takes: the settings it is analysed with, its corrections and the worker. */
export interface RecordSources {
  readonly maxCharacters: number;
  readonly articleDate: string | undefined;
  correctionsForUri(uri: vscode.Uri): Promise<readonly Correction[]>;
  readonly worker: AnalysisWorker;
  readonly log: (message: string) => void;
}

/** The file's record as it is now on disk (`stat` just read): its entry, or why it has none. */
export async function readIndexRecord(uri: vscode.Uri, stat: vscode.FileStat, path: string, sources: RecordSources): Promise<IndexRecord> {
  const stamp = { uri: uri.toString(), size: stat.size, mtime: stat.mtime };
  const { maxCharacters, articleDate } = sources;
  if (stat.size > maxCharacters * 3) return { ...stamp, skipped: 'too-large' }; // never read: a UTF-8 byte is at most one character
  const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxCharacters);
  if ('skipped' in decoded) return { ...stamp, skipped: decoded.skipped };
  const corrections = await sources.correctionsForUri(uri);
  const options = { defaultDate: articleDate, fileDate: localDay(new Date(stat.mtime)), maxChars: maxCharacters, ...(corrections.length > 0 ? { corrections } : {}) };
  try {
    const { entry, lineStarts } = await sources.worker.indexText(path, decoded.text, options);
    return { ...stamp, entry, lineStarts };
  } catch (error) {
    sources.log(`Workspace index: could not analyse ${uri.toString(true)}: ${String(error)}`);
    return { ...stamp, skipped: 'failed' };
  }
}
