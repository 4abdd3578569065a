// What the workspace index holds, apart from how it is built: each file's record, open editors' entries in place of
// their files', the entities merged across articles (updated one file at a time), and a change event that says
// which folders' articles changed, at most every half second.
import * as vscode from 'vscode';
import { EntityMerge, type ArticleEntry, type WorkspaceEntity } from '../../engine/workspace/articleEntry';
import type { EditorEntries } from './editorEntries';
import type { IndexRecord } from './indexFile';
import { positionIn } from './pathRules';

/** An article of the index as the views read it: its entry, where it is, and positions of its offsets. */
export interface IndexedArticle {
  readonly uri: vscode.Uri;
  readonly entry: ArticleEntry;
  position(offset: number): vscode.Position;
}

/** How often the listeners hear of changes at most. */
const CHANGES_MS = 500;

/** The records by URI string, and what the views read of them. */
export class IndexRecords implements vscode.Disposable {
  private records = new Map<string, IndexRecord>();
  private editors: EditorEntries | undefined;
  private readonly uris = new Map<string, vscode.Uri>();
  private articlesCache: IndexedArticle[] | undefined;
  private byPath: Map<string, IndexedArticle> | undefined;
  /** The articles' entities merged, brought up to date for the files changed since it was last read (`unmerged`). */
  private readonly merge = new EntityMerge();
  private readonly unmerged = new Set<string>();
  /** The path each file's entry was merged under. */
  private readonly mergedPaths = new Map<string, string>();
  private readonly strings = new Map<string, string>();
  private readonly changedFolders = new Set<string>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<ReadonlySet<string>>();

  /** Fires (at most every CHANGES_MS) with the folders whose articles changed, as folder URI strings (none when only
   *  the scan's counts did: see `touched`). */
  readonly onDidChange = this.changed.event;

  /** Open editors' entries, which stand in for their files' records. */
  useEditors(editors: EditorEntries): void {
    this.editors = editors;
  }

  get(key: string): IndexRecord | undefined {
    return this.records.get(key);
  }

  keys(): string[] {
    return [...this.records.keys()];
  }

  values(): IterableIterator<IndexRecord> {
    return this.records.values();
  }

  put(record: IndexRecord): void {
    this.records.set(record.uri, this.interned(record));
    this.changedAt(record.uri);
  }

  remove(key: string): void {
    if (this.records.delete(key)) this.changedAt(key);
  }

  /** Removes a file's record, or a folder's records. */
  removeUnder(key: string): void {
    this.remove(key);
    for (const other of this.keys()) if (other.startsWith(`${key}/`)) this.remove(other);
  }

  /** Every record replaced (the saved index loaded, or none). */
  replace(records: Map<string, IndexRecord>): void {
    for (const key of [...this.records.keys(), ...records.keys()]) {
      this.changedFolders.add(folderKeyOf(key));
      this.unmerged.add(key);
    }
    this.records = records;
    records.forEach((record) => this.interned(record));
    this.articlesCache = this.byPath = undefined;
    this.touched();
  }

  /** Something about the file changed (its record, or its open editor's entry). */
  changedAt(key: string): void {
    this.articlesCache = this.byPath = undefined;
    this.unmerged.add(key);
    this.changedFolders.add(folderKeyOf(key));
    this.touched();
  }

  /** Every indexed article, an open editor's entry instead of its saved file's, by path. An editor counts only while
   *  its file is in the index: a file deleted while its editor stays open leaves the index. */
  articles(): IndexedArticle[] {
    if (this.articlesCache) return this.articlesCache;
    const articles: IndexedArticle[] = [];
    for (const [key, record] of this.records) {
      const open = this.editors?.openEntry(key);
      if (open) articles.push({ uri: open.document.uri, entry: open.entry, position: (offset) => open.document.positionAt(offset) });
      else if (record.entry) {
        const lineStarts = record.lineStarts ?? [];
        articles.push({ uri: this.uriOf(key), entry: record.entry, position: (offset) => { const p = positionIn(lineStarts, offset); return new vscode.Position(p.line, p.character); } });
      }
    }
    return (this.articlesCache = articles.sort((a, b) => a.entry.path.localeCompare(b.entry.path)));
  }

  /** Every person, organization and place of the indexed articles, once each, most mentioned first. */
  entities(): readonly WorkspaceEntity[] {
    this.mergeSome(Infinity);
    return this.merge.entities();
  }

  /** Merges up to `limit` changed files' entities into the workspace's; true while some are left. The index merges
   *  each file as it is read, and a loaded index a slice at a time, so that the first look at the entities (Go to
   *  Symbol, the Workspace scope) does not merge 5,000 articles at once. */
  mergeSome(limit: number): boolean {
    let done = 0;
    for (const key of this.unmerged) {
      if (done++ >= limit) return true;
      this.unmerged.delete(key);
      const record = this.records.get(key);
      const entry = (record && this.editors?.openEntry(key)?.entry) ?? record?.entry;
      const merged = this.mergedPaths.get(key);
      if (merged !== undefined && merged !== entry?.path) this.merge.delete(merged);
      if (entry) {
        this.merge.set(entry);
        this.mergedPaths.set(key, entry.path);
      } else this.mergedPaths.delete(key);
    }
    return false;
  }

  /** The indexed article an entry's path names. */
  articleAt(path: string): IndexedArticle | undefined {
    this.byPath ??= new Map(this.articles().map((article) => [article.entry.path, article]));
    return this.byPath.get(path);
  }

  /** Tells the listeners soon. */
  touched(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      const folders = new Set(this.changedFolders);
      this.changedFolders.clear();
      this.changed.fire(folders);
    }, CHANGES_MS);
  }

  /** The record with its entities' ids, kinds and names shared with every other record's: an entry comes from the
   *  worker (or the saved file) with strings of its own, and a 5,000-article index repeats most names many times. */
  private interned(record: IndexRecord): IndexRecord {
    for (const entity of record.entry?.entities ?? []) {
      entity.id = this.intern(entity.id);
      entity.name = this.intern(entity.name);
      entity.kind = this.intern(entity.kind) as typeof entity.kind;
    }
    return record;
  }

  private intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private uriOf(key: string): vscode.Uri {
    let uri = this.uris.get(key);
    if (!uri) this.uris.set(key, (uri = vscode.Uri.parse(key, true)));
    return uri;
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    this.changed.dispose();
  }
}

/** The folder a file is in, as a URI string: a story package. */
export function folderKeyOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/'));
}
