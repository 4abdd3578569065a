// The workspace index (issue 15): every article of the workspace with its people, organizations and places, built in
// a worker of its own (so a keystroke's analysis never waits behind the scan), kept in the extension's storage keyed
// by each file's size and modification time, updated from file watchers and from open editors' analyses.
import * as vscode from 'vscode';
import type { Correction } from '../../engine/types';
import { workspaceEntities, type ArticleEntry, type WorkspaceEntity } from '../../engine/workspace/articleEntry';
import type { NewsLensSettings } from '../../config/newsLensSettings';
import type { AnalysisCache } from '../analysisCache';
import type { AnalysisWorker } from '../analysisWorker';
import type { ArticleFilter } from '../articleFilter';
import { Debouncer } from '../debouncer';
import { fingerprintOf, isFresh, type IndexRecord } from './indexFile';
import type { IndexStorage } from './indexStorage';
import { currentLanguageTable } from './languageTable';
import { EditorEntries } from './editorEntries';
import { languageOfPath, positionIn, type LanguageTable } from './pathRules';
import { readIndexRecord } from './readIndexRecord';
import { ScanProgress, type FileOutcome, type ScanReport } from './scanProgress';
import { excludedPatterns, filesUnder, isReachable, pathInFolder } from './workspaceWalk';

export type { ScanReport } from './scanProgress';

/** An article of the index as the views read it: its entry, where it is, and positions of its offsets. */
export interface IndexedArticle {
  readonly uri: vscode.Uri;
  readonly entry: ArticleEntry;
  position(offset: number): vscode.Position;
}

/** Where the index gets what it needs from the rest of the extension. */
export interface IndexSources {
  readonly cache: AnalysisCache;
  readonly filter: ArticleFilter;
  readonly settings: NewsLensSettings;
  readonly worker: AnalysisWorker;
  readonly storage: IndexStorage;
  readonly corrections: { correctionsForUri(uri: vscode.Uri): Promise<readonly Correction[]>; readonly onDidChange: vscode.Event<void> };
  readonly version: string;
  readonly log: (message: string) => void;
}

/** Files read at once: one analysed in the worker while the next is read. */
const CONCURRENCY = 2;
/** How long a burst of file events (a checkout) is gathered before it is indexed. */
const EVENTS_MS = 300;
/** How often the views hear of changes at most, and how long the worker may idle before it is stopped. */
const CHANGES_MS = 500;
const IDLE_STOP_MS = 30_000;
/** A scan saves the index every so many files, so a window closed mid-scan keeps most of the work. */
const SAVE_EVERY = 500;

/** Owns the index: the scan, the watchers, open editors' entries, and what the views and checks read. */
export class WorkspaceIndex implements vscode.Disposable {
  private records = new Map<string, IndexRecord>();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly urgent = new Map<string, vscode.Uri>();
  private scanQueue: vscode.Uri[] = [];
  /** The scan the queue belongs to (start() makes a new one). */
  private scanGeneration = 0;
  private running = 0;
  private fingerprint: string | undefined;
  private generation = 0;
  private table: LanguageTable = currentLanguageTable();
  private readonly progress: ScanProgress;
  private readonly changedFolders = new Set<string>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private sinceSave = 0;
  private articlesCache: IndexedArticle[] | undefined;
  private entitiesCache: WorkspaceEntity[] | undefined;
  private byPath: Map<string, IndexedArticle> | undefined;
  private readonly events = new Debouncer<string>(EVENTS_MS);
  private readonly changed = new vscode.EventEmitter<ReadonlySet<string>>();
  private readonly editors: EditorEntries;
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.events];
  private watchers: vscode.Disposable[] = [];
  private disposed = false;

  /** Fires (at most every CHANGES_MS) with the folders whose articles changed, as folder URI strings. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly sources: IndexSources) {
    this.progress = new ScanProgress(() => this.fireSoon(), () => this.cancelScan());
    const { cache, settings, corrections } = sources;
    this.editors = new EditorEntries(cache, (document) => (this.fingerprint !== undefined && this.isArticleFile(document.uri) ? relativePathOf(document.uri) : undefined), (key) => this.markChanged(key));
    this.subscriptions.push(
      this.editors,
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start()),
      vscode.workspace.onDidRenameFiles(({ files }) => files.forEach(({ oldUri, newUri }) => { this.touch(oldUri); this.touch(newUri); })),
      vscode.extensions.onDidChange(() => { this.table = currentLanguageTable(); void this.start(); }),
      sources.filter.onDidChange(() => void this.start()),
      corrections.onDidChange(() => void this.startIfChanged()),
      settings.onDidChange((event) => {
        if (event.affectsConfiguration('newsLens.workspaceIndex')) void this.start();
        else if (event.affectsConfiguration('newsLens.maxCharacters') || event.affectsConfiguration('newsLens.articleDate')) void this.startIfChanged();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.associations') || event.affectsConfiguration('files.exclude')) { this.table = currentLanguageTable(); void this.start(); }
      }),
    );
  }

  /** True when the index is kept in the extension's storage between sessions. */
  get persistent(): boolean {
    return this.sources.storage.persistent;
  }

  /** What the last scan did (for the view's message and the tests). */
  get report(): ScanReport {
    return this.progress.report;
  }

  /** Every indexed article, an open editor's entry instead of its saved file's. */
  articles(): IndexedArticle[] {
    if (this.articlesCache) return this.articlesCache;
    const articles: IndexedArticle[] = [];
    for (const [key, record] of this.records) {
      if (this.editors.has(key) || !record.entry) continue;
      const lineStarts = record.lineStarts ?? [];
      articles.push({ uri: this.uriOf(key), entry: record.entry, position: (offset) => { const p = positionIn(lineStarts, offset); return new vscode.Position(p.line, p.character); } });
    }
    for (const { document, entry } of this.editors.values()) articles.push({ uri: document.uri, entry, position: (offset) => document.positionAt(offset) });
    return (this.articlesCache = articles.sort((a, b) => a.entry.path.localeCompare(b.entry.path)));
  }

  /** Every person, organization and place of the indexed articles, once each, most mentioned first. */
  entities(): readonly WorkspaceEntity[] {
    return (this.entitiesCache ??= workspaceEntities(this.articles().map((article) => article.entry)));
  }

  /** The indexed article an entry's path names. */
  articleAt(path: string): IndexedArticle | undefined {
    this.byPath ??= new Map(this.articles().map((article) => [article.entry.path, article]));
    return this.byPath.get(path);
  }

  /** Forgets what is in memory and starts again from the saved index, as a reopened window does. */
  async reopen(): Promise<void> {
    await this.save();
    this.fingerprint = undefined;
    this.editors.clear();
    this.replaceRecords(new Map());
    await this.start();
  }

  /** Resolves once the scan under way has looked at every file it found (or stopped). */
  scanned(): Promise<void> {
    return this.progress.scanned();
  }

  /** Scans again if what the entries depend on (settings, corrections) changed since the index was made. */
  private async startIfChanged(): Promise<void> {
    if (this.fingerprint === undefined || (await this.fingerprintNow()) !== this.fingerprint) await this.start();
  }

  /** Scans the workspace again (from the saved index, reading only files that changed since); `fromScratch` drops it
   *  first. Called at activation, and whenever what the index depends on changed. */
  async start(fromScratch = false): Promise<void> {
    const generation = ++this.generation;
    this.scanQueue = [];
    this.watch();
    const { settings, storage } = this.sources;
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!settings.current.workspaceIndex || folders.length === 0) {
      this.fingerprint = undefined;
      this.replaceRecords(new Map());
      this.progress.off();
      return;
    }
    const fingerprint = await this.fingerprintNow();
    if (generation !== this.generation) return;
    let fresh = this.progress.report.fresh && this.progress.report.state === 'scanning';
    if (fromScratch || fingerprint !== this.fingerprint) {
      const loaded = fromScratch ? new Map<string, IndexRecord>() : await storage.load(fingerprint);
      if (generation !== this.generation) return;
      this.fingerprint = fingerprint;
      fresh = fresh || loaded.size === 0;
      this.replaceRecords(loaded);
    }
    await this.progress.run(generation, fresh, async (cancelled) => {
      const found = new Map<string, vscode.Uri>();
      for (const folder of folders) {
        for (const uri of await filesUnder(folder, folder.uri, () => cancelled() || generation !== this.generation)) {
          if (this.isArticleFile(uri)) found.set(uri.toString(), uri);
        }
      }
      if (generation !== this.generation || cancelled()) return;
      for (const key of [...this.records.keys()]) if (!found.has(key)) this.remove(key);
      this.scanQueue = [...found.values()];
      this.scanGeneration = generation;
      this.progress.found(generation, this.scanQueue.length);
      this.pump();
    });
  }

  /** Stops the scan under way (the progress notification's Cancel); what was indexed stays and is saved. */
  cancelScan(): void {
    this.scanQueue = [];
    void this.save();
  }

  /** The index's share of a rescan: one file (or folder) that a watcher or a rename says changed. */
  private touch(uri: vscode.Uri): void {
    if (this.disposed || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.events.schedule(uri.toString(), () => { this.urgent.set(uri.toString(), uri); this.pump(); });
  }

  /** Runs up to CONCURRENCY loops over the queues: files that changed first, then the scan's. */
  private pump(): void {
    clearTimeout(this.idleTimer);
    if (this.running === 0 && this.urgent.size === 0 && this.scanQueue.length === 0) this.settle();
    while (this.running < CONCURRENCY && (this.urgent.size > 0 || this.scanQueue.length > 0)) {
      this.running++;
      void this.drain().finally(() => {
        this.running--;
        if (this.running === 0 && this.urgent.size === 0 && this.scanQueue.length === 0) this.settle();
      });
    }
  }

  private async drain(): Promise<void> {
    for (;;) {
      await this.progress.whenActive();
      if (this.disposed) return;
      const next = this.takeNext();
      if (!next) return;
      let outcome: FileOutcome = 'skipped';
      try {
        outcome = await this.check(next.uri, next.fromScan);
      } catch (error) {
        this.sources.log(`Workspace index: ${next.uri.toString(true)}: ${String(error)}`);
      }
      if (next.generation !== undefined) this.progress.step(next.generation, outcome);
      if (++this.sinceSave >= SAVE_EVERY) void this.save();
    }
  }

  private takeNext(): { uri: vscode.Uri; fromScan: boolean; generation?: number } | undefined {
    const [key, uri] = this.urgent.entries().next().value ?? [];
    if (key !== undefined && uri) {
      this.urgent.delete(key);
      return { uri, fromScan: false };
    }
    const fromScan = this.scanQueue.shift();
    return fromScan && { uri: fromScan, fromScan: true, generation: this.scanGeneration };
  }

  /** Indexes one file if it changed since its record was made; forgets it (and what was under it) if it is gone. */
  private async check(uri: vscode.Uri, fromScan: boolean): Promise<FileOutcome> {
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      this.removeUnder(key);
      return 'skipped';
    }
    if (stat.type & vscode.FileType.SymbolicLink) return this.skip(key);
    if (stat.type & vscode.FileType.Directory) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!fromScan && folder) for (const file of await filesUnder(folder, uri, () => this.disposed)) if (this.isArticleFile(file)) this.urgent.set(file.toString(), file);
      return 'skipped';
    }
    if (!fromScan && !this.isArticleFile(uri)) return this.skip(key);
    if (isFresh(this.records.get(key), stat)) return 'reused';
    const { maxCharacters, articleDate } = this.sources.settings.current;
    const { worker, log, corrections } = this.sources;
    return this.put(await readIndexRecord(uri, stat, relativePathOf(uri), { maxCharacters, articleDate, worker, log, correctionsForUri: (file) => corrections.correctionsForUri(file) }));
  }

  /** True when the file would be an article if opened: settings, per-file switches and the language of its name. */
  private isArticleFile(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder && pathInFolder(folder, uri);
    if (!folder || relative === undefined || !isReachable(relative, excludedPatterns(folder))) return false;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    return this.sources.filter.isArticleFile(uri, open?.languageId ?? languageOfPath(uri.path, this.table));
  }

  private put(record: IndexRecord): FileOutcome {
    this.records.set(record.uri, record);
    this.markChanged(record.uri);
    return record.entry ? 'read' : 'skipped';
  }

  private skip(key: string): FileOutcome {
    this.remove(key);
    return 'skipped';
  }

  private remove(key: string): void {
    if (this.records.delete(key)) this.markChanged(key);
  }

  private removeUnder(key: string): void {
    this.remove(key);
    for (const other of [...this.records.keys()]) if (other.startsWith(`${key}/`)) this.remove(other);
  }

  private replaceRecords(records: Map<string, IndexRecord>): void {
    for (const key of [...this.records.keys(), ...records.keys()]) this.changedFolders.add(folderKeyOf(key));
    this.records = records;
    this.invalidate();
    this.fireSoon();
  }

  private markChanged(key: string): void {
    this.invalidate();
    this.changedFolders.add(folderKeyOf(key));
    this.fireSoon();
  }

  /** Tells the listeners soon (the folders whose articles changed; none when only the scan's counts did). */
  private invalidate(): void {
    this.articlesCache = this.entitiesCache = this.byPath = undefined;
  }

  private fireSoon(): void {
    if (this.changeTimer || this.disposed) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      const folders = new Set(this.changedFolders);
      this.changedFolders.clear();
      this.changed.fire(folders);
    }, CHANGES_MS);
  }

  /** The queues are empty: save, and stop the worker after a while without work. */
  private settle(): void {
    void this.save();
    this.progress.drained(this.scanGeneration);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.sources.worker.stopWhenIdle(), IDLE_STOP_MS);
  }

  private save(): Promise<void> {
    this.sinceSave = 0;
    return this.fingerprint ? this.sources.storage.save(this.fingerprint, this.records.values()) : Promise.resolve();
  }

  /** What every entry depends on besides its file: the extension's version, the character limit, the default article
   *  date and the corrections. A change to any of them rebuilds the index. */
  private async fingerprintNow(): Promise<string> {
    const { maxCharacters, articleDate } = this.sources.settings.current;
    const corrections = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.sources.corrections.correctionsForUri(folder.uri)));
    return fingerprintOf({ version: this.sources.version, maxCharacters, articleDate, corrections });
  }

  /** One watcher per workspace folder for every file: created, changed and deleted files are indexed again. */
  private watch(): void {
    this.watchers.forEach((watcher) => watcher.dispose());
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
      const touch = (uri: vscode.Uri) => this.touch(uri);
      return vscode.Disposable.from(watcher, watcher.onDidCreate(touch), watcher.onDidChange(touch), watcher.onDidDelete(touch));
    });
  }

  private uriOf(key: string): vscode.Uri {
    let uri = this.uris.get(key);
    if (!uri) this.uris.set(key, (uri = vscode.Uri.parse(key, true)));
    return uri;
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    clearTimeout(this.changeTimer);
    clearTimeout(this.idleTimer);
    this.progress.dispose();
    this.watchers.forEach((watcher) => watcher.dispose());
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** A file's path as the index names it: relative to its workspace folder (with the folder's name when there are several). */
function relativePathOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** The folder a file is in, as a URI string: a story package. */
export function folderKeyOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/'));
}
