// The workspace index (issue 15): every article of the workspace with its people, organizations and places, built in
// a worker of its own (so a keystroke's analysis never waits behind the scan), kept in the extension's storage keyed
// by each file's size and modification time, updated from file watchers and from open editors' analyses.
import * as vscode from 'vscode';
import type { Correction } from '../../engine/types';
import type { WorkspaceEntity } from '../../engine/workspace/articleEntry';
import type { NewsLensSettings } from '../../config/newsLensSettings';
import type { AnalysisCache } from '../analysisCache';
import type { AnalysisWorker } from '../analysisWorker';
import type { ArticleFilter } from '../articleFilter';
import { Debouncer } from '../debouncer';
import { fingerprintOf, isFresh, type IndexRecord } from './indexFile';
import type { IndexStorage } from './indexStorage';
import { currentLanguageTable } from './languageTable';
import { EditorEntries } from './editorEntries';
import { IndexRecords, type IndexedArticle } from './indexRecords';
import { languageOfPath, type LanguageTable } from './pathRules';
import { readIndexRecord } from './readIndexRecord';
import { FileQueue, type FileOutcome } from './fileQueue';
import { ScanProgress, type ScanReport } from './scanProgress';
import { excludedPatterns, filesUnder, isReachable, pathInFolder } from './workspaceWalk';

export type { ScanReport } from './scanProgress';
export { folderKeyOf, type IndexedArticle } from './indexRecords';

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

/** Files looked at once: a reopened window's check is a stat per file, and its round trips overlap; the worker
 *  analyses one file at a time, with the next ones read and waiting. */
const CONCURRENCY = 8;
/** How long a burst of file events (a checkout) is gathered before it is indexed. */
const EVENTS_MS = 300;
/** How long the index's worker may idle before it is stopped. */
const IDLE_STOP_MS = 30_000;
/** A scan saves the index every so many files, so a window closed mid-scan keeps most of the work. */
const SAVE_EVERY = 1_000;
/** The index's worker starts afresh every so many files read: its engine caches grow with every distinct text. */
const RECYCLE_EVERY = 1_000;
/** Loaded records merged between two yields to the event loop. */
const MERGE_SLICE = 250;

/** Builds the index and keeps it up to date: the scan, the watchers, open editors' entries; the views and checks read
 *  it through articles(), entities() and onDidChange. */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly records = new IndexRecords();
  private readonly queue: FileQueue<vscode.Uri>;
  /** The scan whose files the queue holds (start() makes a new one). */
  private scanGeneration = 0;
  private fingerprint: string | undefined;
  /** Settles once the latest start() has loaded the saved index (startIfChanged waits for it). */
  private loading: Promise<void> = Promise.resolve();
  private generation = 0;
  private table: LanguageTable = currentLanguageTable();
  private readonly progress: ScanProgress;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private sinceSave = 0;
  private sinceRecycle = 0;
  private readonly events = new Debouncer<string>(EVENTS_MS);
  private readonly editors: EditorEntries;
  private readonly subscriptions: vscode.Disposable[] = [this.records, this.events];
  private watchers: vscode.Disposable[] = [];
  private disposed = false;

  /** Fires (at most every half second) with the folders whose articles changed, as folder URI strings. */
  readonly onDidChange = this.records.onDidChange;

  constructor(private readonly sources: IndexSources) {
    this.progress = new ScanProgress(() => this.records.touched(), () => this.cancelScan());
    this.queue = new FileQueue<vscode.Uri>({
      concurrency: CONCURRENCY,
      whenActive: () => this.progress.whenActive(),
      check: (uri, fromScan) => this.check(uri, fromScan),
      looked: (outcome, generation) => this.looked(outcome, generation),
      failed: (uri, error) => sources.log(`Workspace index: ${uri.toString(true)}: ${String(error)}`),
      settled: () => this.settle(),
    });
    const { cache, settings, corrections } = sources;
    this.editors = new EditorEntries(cache, (document) => (this.fingerprint !== undefined && this.isArticleFile(document.uri) ? relativePathOf(document.uri) : undefined), (key) => this.records.changedAt(key));
    this.records.useEditors(this.editors);
    this.subscriptions.push(
      this.editors,
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start(false, 'the workspace folders changed')),
      vscode.workspace.onDidRenameFiles(({ files }) => files.forEach(({ oldUri, newUri }) => { this.touch(oldUri); this.touch(newUri); })),
      vscode.extensions.onDidChange(() => this.languagesChanged()),
      sources.filter.onDidChange(() => void this.start(false, 'which files are articles changed')),
      corrections.onDidChange(() => void this.startIfChanged()),
      settings.onDidChange((event) => {
        if (event.affectsConfiguration('newsLens.workspaceIndex')) void this.start(false, 'newsLens.workspaceIndex changed');
        else if (event.affectsConfiguration('newsLens.maxCharacters') || event.affectsConfiguration('newsLens.articleDate')) void this.startIfChanged();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.associations')) this.languagesChanged();
        if (event.affectsConfiguration('files.exclude')) void this.start(false, 'files.exclude changed');
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

  /** Every indexed article, an open editor's entry instead of its saved file's, by path. */
  articles(): IndexedArticle[] {
    return this.records.articles();
  }

  /** Every person, organization and place of the indexed articles, once each, most mentioned first. */
  entities(): readonly WorkspaceEntity[] {
    return this.records.entities();
  }

  /** The indexed article an entry's path names. */
  articleAt(path: string): IndexedArticle | undefined {
    return this.records.articleAt(path);
  }

  /** Forgets the records in memory and starts again from the saved index, as a reopened window does (open editors'
   *  entries stay: a reopened window analyses its editors again). */
  async reopen(): Promise<void> {
    await this.save();
    this.fingerprint = undefined;
    this.records.replace(new Map());
    await this.start(false, 'reopened');
  }

  /** Resolves once the latest scan has looked at every file it found (or stopped, and the files it was reading are
   *  done), a scan started meanwhile too. */
  async scanned(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.lastStart;
      await last;
      await this.queue.idle();
    } while (last !== this.lastStart);
  }

  /** Stops the scan under way as the progress notification's Cancel does (the tests' way to press it). */
  cancel(): void {
    this.progress.cancel();
  }

  /** Scans again when the languages of file names changed (an extension installed, files.associations edited): VS Code
   *  also says extensions changed when none that matters did. */
  private languagesChanged(): void {
    const table = currentLanguageTable();
    const same = JSON.stringify([...table.extensions, ...table.filenames, ...table.patterns]) === JSON.stringify([...this.table.extensions, ...this.table.filenames, ...this.table.patterns]);
    this.table = table;
    if (!same) void this.start(false, 'the languages of file names changed');
  }

  /** Scans again if what the entries depend on (settings, corrections) changed since the index was made. */
  private async startIfChanged(): Promise<void> {
    await this.loading;
    if (this.fingerprint === undefined || (await this.fingerprintNow()) !== this.fingerprint) await this.start(false, 'settings or corrections the entries depend on changed');
  }

  /** Scans the workspace again (from the saved index, reading only files that changed since); `fromScratch` drops it
   *  first. Called at activation, and whenever what the index depends on changed. */
  start(fromScratch = false, reason = 'asked'): Promise<void> {
    this.sources.log(`Workspace index: scanning${fromScratch ? ' from scratch' : ''} (${reason}).`);
    return (this.lastStart = this.run(fromScratch));
  }

  private lastStart: Promise<void> = Promise.resolve();

  private async run(fromScratch: boolean): Promise<void> {
    const generation = ++this.generation;
    this.queue.dropScan();
    this.watch();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!this.sources.settings.current.workspaceIndex || folders.length === 0) {
      this.fingerprint = undefined;
      this.records.replace(new Map());
      this.progress.off();
      return;
    }
    const loading = this.load(generation, fromScratch);
    this.loading = loading.then(() => undefined);
    const fresh = await loading;
    if (generation !== this.generation) return;
    await this.progress.run(generation, fresh, (cancelled) => this.scan(generation, folders, cancelled));
  }

  /** Loads the saved index when what the entries depend on changed since the index in memory was made (or there is
   *  none); true when the scan starts without one (a first scan, one that was under way without one, or one that
   *  finishes a first scan cancelled: it shows the cancellable notification again). */
  private async load(generation: number, fromScratch: boolean): Promise<boolean> {
    const fingerprint = await this.fingerprintNow();
    const { state, fresh: wasFresh } = this.progress.report;
    const fresh = (wasFresh && (state === 'scanning' || state === 'paused')) || state === 'cancelled';
    if (generation !== this.generation || (!fromScratch && fingerprint === this.fingerprint)) return fresh;
    const loaded = fromScratch ? new Map<string, IndexRecord>() : await this.sources.storage.load(fingerprint);
    if (generation !== this.generation) return fresh;
    this.fingerprint = fingerprint;
    this.records.replace(loaded);
    while (this.records.mergeSome(MERGE_SLICE) && generation === this.generation) await new Promise((resolve) => setTimeout(resolve, 0));
    return fresh || loaded.size === 0;
  }

  /** Finds the folders' articles, forgets the records of files gone, and queues every article to be checked. */
  private async scan(generation: number, folders: readonly vscode.WorkspaceFolder[], cancelled: () => boolean): Promise<void> {
    const found = new Map<string, vscode.Uri>();
    const limit = this.sources.settings.current.workspaceIndexMaxFiles;
    for (const folder of folders) {
      const room = limit - found.size;
      for (const uri of await filesUnder(folder, folder.uri, () => cancelled() || generation !== this.generation, (file) => this.isArticleFile(file), room)) found.set(uri.toString(), uri);
      if (found.size > limit) break;
    }
    if (generation !== this.generation || cancelled()) return;
    const capped = found.size > limit;
    if (capped) [...found.keys()].slice(limit).forEach((key) => found.delete(key));
    for (const key of this.records.keys()) if (!found.has(key)) this.records.remove(key);
    this.scanGeneration = generation;
    this.progress.found(generation, found.size, capped ? limit : undefined);
    this.queue.setScan(generation, [...found.values()]);
  }

  /** The scan was cancelled: its files not looked at yet are dropped; what was indexed stays and is saved. */
  private cancelScan(): void {
    this.queue.dropScan();
    void this.save();
  }

  /** The index's share of a rescan: one file (or folder) that a watcher or a rename says changed. */
  private touch(uri: vscode.Uri): void {
    if (this.disposed || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.events.schedule(uri.toString(), () => this.queue.add(uri.toString(), uri));
  }

  /** One file was looked at: the scan's progress counts it, and the index is saved every so many files. */
  private looked(outcome: FileOutcome, generation: number | undefined): void {
    if (generation !== undefined) this.progress.step(generation, outcome);
    if (++this.sinceSave >= SAVE_EVERY) void this.save();
  }

  /** Indexes one file if it changed since its record was made; forgets it (and what was under it) if it is gone. */
  private async check(uri: vscode.Uri, fromScan: boolean): Promise<FileOutcome> {
    clearTimeout(this.idleTimer); // the worker has work again
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      this.records.removeUnder(key);
      return 'skipped';
    }
    if (stat.type & vscode.FileType.SymbolicLink) return this.skip(key);
    if (stat.type & vscode.FileType.Directory) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!fromScan && folder) for (const file of await filesUnder(folder, uri, () => this.disposed)) if (this.isArticleFile(file)) this.queue.add(file.toString(), file);
      return 'skipped';
    }
    if (!fromScan && !this.isArticleFile(uri)) return this.skip(key);
    if (isFresh(this.records.get(key), stat)) return 'reused';
    const { maxCharacters, articleDate } = this.sources.settings.current;
    const { worker, log, corrections } = this.sources;
    const record = await readIndexRecord(uri, stat, relativePathOf(uri), { maxCharacters, articleDate, worker, log, correctionsForUri: (file) => corrections.correctionsForUri(file) });
    // The file may have stopped being an article while it was read (a per-file switch, a setting): the scan that
    // change started has already forgotten it, and must not find it put back.
    return this.isArticleFile(uri) ? this.put(record) : this.skip(key);
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
    this.records.put(record);
    this.records.mergeSome(1);
    if (record.entry && ++this.sinceRecycle >= RECYCLE_EVERY) {
      this.sinceRecycle = 0;
      this.sources.worker.recycle();
    }
    return record.entry ? 'read' : 'skipped';
  }

  private skip(key: string): FileOutcome {
    this.records.remove(key);
    return 'skipped';
  }

  /** The queues are empty: save, and stop the worker after a while without work. */
  private settle(): void {
    void this.save();
    const scanning = this.progress.report.state === 'scanning';
    this.progress.drained(this.scanGeneration);
    const { state, files, read, reused, skipped, startedMs, finishedMs } = this.progress.report;
    if (scanning && state === 'ready') this.sources.log(`Workspace index: ${files} files looked at, ${read} read, ${reused} unchanged, ${skipped} skipped, in ${(((finishedMs ?? 0) - startedMs) / 1000).toFixed(1)} s.`);
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

  dispose(): void {
    this.disposed = true;
    this.generation++;
    this.queue.stop();
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
