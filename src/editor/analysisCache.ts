// One analysis per document version, shared by decorations, hover, tree, status bar and export.
import * as vscode from 'vscode';
import { localDay } from '../format/localDay';
import type { Analysis } from '../engine';
import type { NewsLensSettings } from '../config/newsLensSettings';
import type { ArticleFilter } from './articleFilter';
import { documentLength } from './isPartial';
import { AnalysisSkippedError, type AnalysisWorker } from './analysisWorker';

/** A document's analysis changed: a new result, or `undefined` when it stopped being an article. */
export interface AnalysisEvent {
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis | undefined;
}

interface Entry {
  /** The open document this is for: an untitled document closed and a new one opened get the same URI and version. */
  document: vscode.TextDocument;
  version: number;
  /** The length of the text sent for analysis: a result is kept only while the document still has that length. */
  textLength?: number;
  analysis?: Analysis;
  running?: Promise<Analysis | undefined>;
  failure?: string;
  timer?: ReturnType<typeof setTimeout>;
}

const DEBOUNCE_MS = 200;

/** Caches analyses by document version; edits are re-analysed after a short pause, results for old versions dropped. */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** The version of each document whose result was dropped for not matching its text (one retry per version). */
  private readonly recheckedVersion = new WeakMap<vscode.TextDocument, number>();
  /** Each open file's last-modified day, read once and again only after a save (not on every keystroke's analysis). */
  private readonly fileDays = new Map<string, Promise<string | undefined>>();
  private readonly analysed = new vscode.EventEmitter<AnalysisEvent>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [this.analysed, this.stateChanged];

  /** Fires when a document's current analysis is ready (never for a version the document has moved past). */
  readonly onDidAnalyse = this.analysed.event;
  /** Fires when a document is edited, starts being analysed, or its analysis failed. */
  readonly onDidChangeState = this.stateChanged.event;
  /** The longest the extension host spent, in one go, handing a result to highlights, sidebar, status bar and
   *  notices (milliseconds; reset by the tests that report it). The budget for our code is 20 ms. */
  longestResultHandlingMs = 0;

  constructor(
    private readonly worker: AnalysisWorker,
    private readonly filter: ArticleFilter,
    private readonly settings: NewsLensSettings,
    private readonly log: (message: string) => void,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.fileDays.delete(document.uri.toString())),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.ensure(editor.document))),
      filter.onDidChange(() => this.reconsiderAll()),
      settings.onDidChange((event) => {
        if (event.affectsConfiguration('newsLens.articleDate') || event.affectsConfiguration('newsLens.maxCharacters')) this.reanalyseAll();
      }),
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.ensure(editor.document));
  }

  /** The analysis of the document's current version, if it is ready. */
  get(document: vscode.TextDocument): Analysis | undefined {
    return this.currentEntry(document)?.analysis;
  }

  /** The entry for this open document's current version, if there is one. */
  private currentEntry(document: vscode.TextDocument): Entry | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry?.document === document && entry.version === document.version ? entry : undefined;
  }

  /** Why the analysis of the document's current version failed, if it did (for the status bar). */
  failure(document: vscode.TextDocument): string | undefined {
    return this.currentEntry(document)?.failure;
  }

  /** Waits for the analysis of the document's current version (undefined for non-articles or a failed analysis). */
  async analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined> {
    for (let attempt = 0; attempt < 5 && this.filter.isArticle(document); attempt++) {
      const cached = this.get(document);
      if (cached) return cached;
      const version = document.version;
      const result = await this.run(document);
      // No result for an unchanged version means the run failed, or was overtaken (a settings change restarts every
      // analysis): only a failure is final.
      if (document.version === version && (result || this.failure(document))) return result;
    }
    return this.get(document);
  }

  /** Starts analysing a visible article that has no current result yet. */
  private ensure(document: vscode.TextDocument): void {
    if (!this.filter.isArticle(document)) return;
    const entry = this.currentEntry(document);
    if (entry && (entry.analysis || entry.running || entry.failure)) return;
    void this.run(document);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const entry = this.entries.get(key);
    if (!entry || event.contentChanges.length === 0) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (this.entries.get(key) === entry) void this.run(event.document);
    }, DEBOUNCE_MS);
    this.stateChanged.fire(event.document);
  }

  private run(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const previous = this.entries.get(key);
    if (previous?.document === document && previous.version === document.version && previous.running) return previous.running;
    clearTimeout(previous?.timer);
    const entry: Entry = { document, version: document.version };
    this.entries.set(key, entry);
    const { articleDate, maxCharacters } = this.settings.current;
    const stillWanted = () => this.isCurrent(document, entry);
    const text = document.getText();
    entry.textLength = text.length;
    const modifiedDay = this.fileDays.get(key) ?? fileDay(document);
    this.fileDays.set(key, modifiedDay);
    entry.running = modifiedDay.then((fileDate) => this.worker.analyse(text, { defaultDate: articleDate, fileDate, maxChars: maxCharacters }, stillWanted, key)).then(
      (analysis) => this.settle(document, entry, analysis, undefined),
      (error: unknown) => this.settle(document, entry, undefined, error instanceof AnalysisSkippedError ? undefined : errorMessage(error)),
    );
    this.stateChanged.fire(document);
    return entry.running;
  }

  private settle(document: vscode.TextDocument, entry: Entry, analysis: Analysis | undefined, failure: string | undefined): Analysis | undefined {
    entry.running = undefined;
    const current = this.isCurrent(document, entry);
    if (failure) this.log(`Analysis of ${document.uri.toString(true)} (version ${entry.version}) failed: ${failure}`);
    if (!current) return undefined;
    if (analysis && entry.textLength !== documentLength(document)) {
      // Made from other text than this version holds: never paint it (the suite once got, for a new untitled draft,
      // the analysis of a closed 5 MB draft whose name it took). Analyse the document again, once per version.
      const again = this.recheckedVersion.get(document) !== document.version;
      this.log(`Dropped an analysis of ${document.uri.toString(true)} made from ${entry.textLength} characters; the document holds ${documentLength(document)}.${again ? ' Analysing again.' : ''}`);
      if (!again) return this.settle(document, entry, undefined, 'the analysis did not match the document\'s text');
      this.recheckedVersion.set(document, document.version);
      this.entries.delete(document.uri.toString());
      void this.run(document);
      return undefined;
    }
    entry.failure = failure;
    entry.analysis = analysis;
    const started = performance.now();
    if (analysis) this.analysed.fire({ document, analysis });
    this.stateChanged.fire(document);
    this.longestResultHandlingMs = Math.max(this.longestResultHandlingMs, performance.now() - started);
    return analysis;
  }

  private isCurrent(document: vscode.TextDocument, entry: Entry): boolean {
    return this.entries.get(document.uri.toString()) === entry && !document.isClosed && entry.document === document && document.version === entry.version;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.fileDays.delete(key);
    const entry = this.entries.get(key);
    if (entry?.document !== document) return; // a late close of an untitled document whose name was reused
    clearTimeout(entry.timer);
    this.entries.delete(key);
    this.analysed.fire({ document, analysis: undefined });
  }

  private reconsiderAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!this.filter.isArticle(document)) this.forget(document);
    }
    vscode.window.visibleTextEditors.forEach((editor) => this.ensure(editor.document));
    vscode.window.visibleTextEditors.forEach((editor) => this.stateChanged.fire(editor.document));
  }

  private reanalyseAll(): void {
    this.entries.forEach((entry) => clearTimeout(entry.timer));
    this.entries.clear();
    vscode.window.visibleTextEditors.forEach((editor) => this.ensure(editor.document));
  }

  dispose(): void {
    this.entries.forEach((entry) => clearTimeout(entry.timer));
    this.entries.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The day a saved file was last modified, in the local time zone: the article date when neither text nor setting gives one. */
async function fileDay(document: vscode.TextDocument): Promise<string | undefined> {
  if (document.isUntitled) return undefined;
  try {
    return localDay(new Date((await vscode.workspace.fs.stat(document.uri)).mtime));
  } catch {
    return undefined;
  }
}
