// The workspace index in the extension's workspace storage (context.storageUri), through workspace.fs so that browsers
// and virtual workspaces keep it too. Read and written in slices, yielding between them, so that a 5,000-file index
// never holds the extension host's thread for long.
import * as vscode from 'vscode';
import { headerMatches, indexHeader, parseRecordLine, recordLine, type IndexRecord } from './indexFile';

/** Lines handled between two yields to the event loop. */
const SLICE = 250;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads and saves one workspace's index file; without storage (no folder open) it keeps nothing. */
export class IndexStorage {
  private readonly file: vscode.Uri | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(storage: vscode.Uri | undefined, private readonly log: (message: string) => void) {
    this.file = storage && vscode.Uri.joinPath(storage, 'workspace-index.jsonl');
  }

  /** True when the index can be kept between sessions. */
  get persistent(): boolean {
    return this.file !== undefined;
  }

  /** The records saved under this fingerprint; none when there is no file, or it was made otherwise. */
  async load(fingerprint: string): Promise<Map<string, IndexRecord>> {
    const records = new Map<string, IndexRecord>();
    if (!this.file) return records;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
    } catch {
      return records; // none saved yet
    }
    const lines = text.split('\n');
    if (!headerMatches(lines[0], fingerprint)) return records;
    for (let i = 1; i < lines.length; i++) {
      const record = parseRecordLine(lines[i]);
      if (record) records.set(record.uri, record);
      if (i % SLICE === 0) await yieldToEvents();
    }
    return records;
  }

  /** Writes the records (one save at a time; the last one asked for wins). */
  save(fingerprint: string, records: Iterable<IndexRecord>): Promise<void> {
    const snapshot = [...records];
    this.saving = this.saving.then(() => this.write(fingerprint, snapshot)).catch((error: unknown) => this.log(`Could not save the workspace index: ${String(error)}`));
    return this.saving;
  }

  /** Encodes a slice of lines at a time (a 5,000-file index is some 25 MB), then writes them as one file. */
  private async write(fingerprint: string, records: readonly IndexRecord[]): Promise<void> {
    if (!this.file) return;
    const encoder = new TextEncoder();
    const chunks = [encoder.encode(`${indexHeader(fingerprint)}\n`)];
    for (let i = 0; i < records.length; i += SLICE) {
      chunks.push(encoder.encode(records.slice(i, i + SLICE).map((record) => `${recordLine(record)}\n`).join('')));
      await yieldToEvents();
    }
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((at, chunk) => { bytes.set(chunk, at); return at + chunk.length; }, 0);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.file, '..'));
    await vscode.workspace.fs.writeFile(this.file, bytes);
  }
}
