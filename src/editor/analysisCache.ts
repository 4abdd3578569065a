// One analysis per open document version, shared by decorations, hover, tree, status bar and export. This file wires
// VS Code's document events to the two parts that do the work: a VersionedCache (what is kept, per open document and
// version) and a Debouncer (when an edited article is analysed again).
import * as vscode from 'vscode';
import { localDay } from '../format/localDay';
import type { CheckSettings } from '../engine/checks/rules';
import type { Analysis, Correction } from '../engine/types';
import type { NewsLensSettings } from '../config/newsLensSettings';
import type { ArticleFilter } from './articleFilter';
import { AnalysisSkippedError, type AnalysisWorker } from './analysisWorker';
import { Debouncer } from './debouncer';
import { documentLength } from './isPartial';
import { VersionedCache, type Settled } from './versionedCache';

/** A document's analysis changed: a new result, or `undefined` when it stopped being an article or closed. */
export interface AnalysisEvent {
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis | undefined;
}

/** Where an article's corrections come from (a CorrectionsStore), and when they change. */
export interface CorrectionsSource {
  correctionsFor(document: vscode.TextDocument): Promise<readonly Correction[]>;
  readonly onDidChange: vscode.Event<void>;
}

/** How long typing must pause before the edited article is analysed again. */
const DEBOUNCE_MS = 200;

/** Analyses articles in the worker, keeps each open document's current result, re-analyses after edits. */
export class AnalysisCache implements vscode.Disposable {
  private readonly results = new VersionedCache<vscode.TextDocument, Analysis>(
    (document, isWanted) => this.analyse(document, isWanted), (outcome) => this.settled(outcome));
  private readonly edits = new Debouncer<vscode.TextDocument>(DEBOUNCE_MS);
  /** Documents analysed at least once since they opened: their edits are re-analysed. */
  private readonly tracked = new WeakSet<vscode.TextDocument>();
  /** The worker's name for each open document's incremental analyser (an id per open document, never its URI). */
  private readonly workerIds = new WeakMap<vscode.TextDocument, string>();
  private nextWorkerId = 1;
  /** Each open file's last-modified day, read once and again only after a save (not on every keystroke's analysis). */
  private readonly fileDays = new WeakMap<vscode.TextDocument, Promise<string | undefined>>();
  /** Documents the user asked to analyse whole ("Analyse All" at the cut), whatever newsLens.maxCharacters says, while
   *  they stay open in this window. */
  private readonly whole = new WeakSet<vscode.TextDocument>();
  private readonly analysed = new vscode.EventEmitter<AnalysisEvent>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly checked = new vscode.EventEmitter<AnalysisEvent>();
  private readonly subscriptions: vscode.Disposable[] = [this.analysed, this.stateChanged, this.checked, this.edits];

  /** Fires when a document's current analysis is ready (never for a version the document has moved past). */
  readonly onDidAnalyse = this.analysed.event;
  /** Fires after onDidAnalyse once the analysis's draft-check findings are in (the worker sends them after the facts;
   *  at once when the checks are off): what diagnostics, the sidebar's Checks group and the status bar count show. */
  readonly onDidCheck = this.checked.event;
  /** Analyses every visible article again (the checks' settings or an editor's "different people" changed). */
  refreshAll(): void {
    this.reanalyseAll();
  }

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
    private readonly corrections?: CorrectionsSource,
    /** What the draft checks run with, read for each analysis (undefined: no checks). */
    private readonly checkSettings?: () => CheckSettings | undefined,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      // A language change closes and reopens the same document: analyse it again if it is on screen.
      vscode.workspace.onDidOpenTextDocument((document) => this.ensureIfVisible(document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.fileDays.delete(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.ensure(editor.document))),
      filter.onDidChange(() => this.reconsiderAll()),
      settings.onDidChange((event) => {
        if (['newsLens.articleDate', 'newsLens.maxCharacters', 'newsLens.checks'].some((key) => event.affectsConfiguration(key))) this.reanalyseAll();
      }),
      // Corrections change every article they name: each is analysed again with them (the old results are dropped).
      ...(corrections ? [corrections.onDidChange(() => this.reanalyseAll())] : []),
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.ensure(editor.document));
  }

  /** The analysis of the document's current version, if it is ready. */
  get(document: vscode.TextDocument): Analysis | undefined {
    return this.results.get(document);
  }

  /** Why the analysis of the document's current version failed, if it did (for the status bar). */
  failure(document: vscode.TextDocument): string | undefined {
    return this.results.failure(document);
  }

  /** Waits for the analysis of the document's current version (undefined for non-articles or a failed analysis). */
  async analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined> {
    for (let attempt = 0; attempt < 5 && this.filter.isArticle(document) && !document.isClosed; attempt++) {
      const version = document.version;
      const result = await this.start(document);
      // No result for an unchanged version means the run failed, or was overtaken (a settings change restarts every
      // analysis): only a failure is final.
      if (document.version === version && (result || this.failure(document))) return result;
    }
    return this.get(document);
  }

  /** The analysis of the document's current version with its draft-check findings in (see onDidCheck). */
  async checkedAnalysisFor(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const analysis = await this.analysisFor(document);
    if (analysis) await this.worker.checked(analysis);
    return analysis;
  }

  /** How many characters of the document are analysed: newsLens.maxCharacters, or all of them after analyseWhole. */
  characterLimit(document: vscode.TextDocument): number {
    return this.whole.has(document) ? Math.max(documentLength(document), this.settings.current.maxCharacters) : this.settings.current.maxCharacters;
  }

  /** Analyses all of a document from now on, however large, until it is closed; the cut result is dropped at once. */
  analyseWhole(document: vscode.TextDocument): Promise<Analysis | undefined> {
    this.whole.add(document);
    this.results.forget(document);
    return this.analysisFor(document);
  }

  /** Starts (or joins) the analysis of the document's current version. */
  private start(document: vscode.TextDocument): Promise<Analysis | undefined> {
    this.tracked.add(document);
    const running = this.results.request(document);
    this.stateChanged.fire(document);
    return running;
  }

  /** Runs in the worker; reads the text at once, so the result is of exactly the version it is kept for. Only the part
   *  that can be analysed is sent (one character more than the limit: all the engine's cut needs to see). */
  private async analyse(document: vscode.TextDocument, isWanted: () => boolean): Promise<Analysis | undefined> {
    const { articleDate } = this.settings.current;
    const maxCharacters = this.characterLimit(document);
    const totalChars = documentLength(document);
    const sent = Math.min(totalChars, maxCharacters + 1);
    const text = sent < totalChars ? document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(sent))) : document.getText();
    const fileDate = await this.fileDayOf(document);
    const corrections = (await this.corrections?.correctionsFor(document)) ?? [];
    const options = { defaultDate: articleDate, fileDate, maxChars: maxCharacters, totalChars, ...(corrections.length > 0 ? { corrections } : {}) };
    try {
      return await this.worker.analyse(text, options, isWanted, this.workerId(document), this.checkSettings?.());
    } catch (error) {
      if (error instanceof AnalysisSkippedError) return undefined;
      throw error;
    }
  }

  private settled({ document, result, failure }: Settled<vscode.TextDocument, Analysis>): void {
    if (failure) this.log(`Analysis of ${document.uri.toString(true)} (version ${document.version}) failed: ${failure}`);
    const started = performance.now();
    if (result) {
      this.analysed.fire({ document, analysis: result });
      void this.worker.checked(result).then(() => { if (this.get(document) === result) this.checked.fire({ document, analysis: result }); });
    }
    this.stateChanged.fire(document);
    this.longestResultHandlingMs = Math.max(this.longestResultHandlingMs, performance.now() - started);
  }

  /** Starts analysing an article that has no current result yet. */
  private ensure(document: vscode.TextDocument): void {
    if (this.filter.isArticle(document) && !document.isClosed && !this.results.has(document)) void this.start(document);
  }

  private ensureIfVisible(document: vscode.TextDocument): void {
    if (vscode.window.visibleTextEditors.some((editor) => editor.document === document)) this.ensure(document);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    const { document } = event;
    if (event.contentChanges.length === 0 || !this.tracked.has(document)) return;
    this.edits.schedule(document, () => this.ensure(document));
    this.stateChanged.fire(document);
  }

  private forget(document: vscode.TextDocument): void {
    const wasTracked = this.tracked.has(document);
    this.results.forget(document);
    this.edits.cancel(document);
    this.tracked.delete(document);
    this.fileDays.delete(document);
    this.whole.delete(document);
    const workerId = this.workerIds.get(document);
    if (workerId) this.worker.forget(workerId);
    this.workerIds.delete(document);
    if (wasTracked) this.analysed.fire({ document, analysis: undefined });
  }

  private workerId(document: vscode.TextDocument): string {
    let id = this.workerIds.get(document);
    if (!id) {
      id = `${document.uri.toString()}#${this.nextWorkerId++}`;
      this.workerIds.set(document, id);
    }
    return id;
  }

  private fileDayOf(document: vscode.TextDocument): Promise<string | undefined> {
    let day = this.fileDays.get(document);
    if (!day) {
      day = fileDay(document);
      this.fileDays.set(document, day);
    }
    return day;
  }

  private reconsiderAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!this.filter.isArticle(document)) this.forget(document);
    }
    vscode.window.visibleTextEditors.forEach((editor) => this.ensure(editor.document));
    vscode.window.visibleTextEditors.forEach((editor) => this.stateChanged.fire(editor.document));
  }

  private reanalyseAll(): void {
    this.edits.cancelAll();
    this.results.clear();
    vscode.window.visibleTextEditors.forEach((editor) => this.ensure(editor.document));
  }

  dispose(): void {
    this.results.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
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
