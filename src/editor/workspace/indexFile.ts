// The workspace index as it is kept between sessions (in the extension's workspace storage): JSON Lines, a header line
// saying which format and settings made it, then one line per file keyed by its URI with the size and modification
// time it had when read, so a reopened workspace reads again only the files that changed. No vscode import: plain Node
// tests it.
import type { ArticleEntry } from '../../engine/workspace/articleEntry';

/** The header's `format`, and the version of the lines' shape: another version is rebuilt, never misread. */
export const INDEX_FORMAT = 'news-lens-workspace-index';
export const INDEX_VERSION = 1;

/** Why a file that looked like an article was not indexed (remembered, so it is not read again until it changes). */
export type SkipReason = 'binary' | 'too-large' | 'failed';

/** What a file's stat says, as far as staleness goes. */
export interface FileStamp {
  size: number;
  mtime: number;
}

/** One file of the index: its entry and line starts, or why it has none. */
export interface IndexRecord extends FileStamp {
  uri: string;
  entry?: ArticleEntry;
  /** Offsets where each line after the first starts, to turn the entry's offsets into positions. */
  lineStarts?: number[];
  skipped?: SkipReason;
}

/** True when the file is as it was when its record was made: same size, same modification time. */
export function isFresh(record: FileStamp | undefined, stat: FileStamp): boolean {
  return record !== undefined && record.size === stat.size && record.mtime === stat.mtime;
}

/** The first line: the format, its version and the fingerprint of what the entries depend on (settings, corrections,
 *  the extension's version). */
export function indexHeader(fingerprint: string): string {
  return JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, fingerprint });
}

/** One file's line. */
export function recordLine(record: IndexRecord): string {
  return JSON.stringify(record);
}

/** True when a header line is this format and version, made with these settings. */
export function headerMatches(line: string | undefined, fingerprint: string): boolean {
  const header = parseJson(line ?? '');
  return isObject(header) && header.format === INDEX_FORMAT && header.version === INDEX_VERSION && header.fingerprint === fingerprint;
}

/** A record line read back, or undefined when it is not one (that file is read again). */
export function parseRecordLine(line: string): IndexRecord | undefined {
  const value = parseJson(line);
  if (!isObject(value) || typeof value.uri !== 'string' || !isCount(value.size) || typeof value.mtime !== 'number') return undefined;
  if (value.skipped !== undefined) {
    return ['binary', 'too-large', 'failed'].includes(value.skipped as string) ? { uri: value.uri, size: value.size, mtime: value.mtime, skipped: value.skipped as SkipReason } : undefined;
  }
  if (!isEntry(value.entry) || !Array.isArray(value.lineStarts) || !value.lineStarts.every(isCount)) return undefined;
  return { uri: value.uri, size: value.size, mtime: value.mtime, entry: value.entry, lineStarts: value.lineStarts as number[] };
}

/** The records of a whole index file made with these settings; none for another format, version or fingerprint. */
export function parseIndex(text: string, fingerprint: string): IndexRecord[] {
  const lines = text.split('\n');
  if (!headerMatches(lines[0], fingerprint)) return [];
  return lines.slice(1).flatMap((line) => parseRecordLine(line) ?? []);
}

/** A short, stable digest of what the entries depend on (FNV-1a over its JSON), for the header. */
export function fingerprintOf(parts: unknown): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(parts);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function isEntry(value: unknown): value is ArticleEntry {
  if (!isObject(value) || typeof value.path !== 'string' || !isObject(value.articleDate) || typeof value.articleDate.value !== 'string') return false;
  return Array.isArray(value.entities) && value.entities.every(isEntity);
}

function isEntity(entity: unknown): boolean {
  return isObject(entity) && typeof entity.id === 'string' && typeof entity.kind === 'string' && typeof entity.name === 'string'
    && isCount(entity.mentions) && isObject(entity.first) && isCount(entity.first.start) && isCount(entity.first.end);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
