// Builds the parts, registers them, and hands tests a small API: the same on the desktop and in a browser. The two
// entry points (extension.ts, webExtension.ts) differ only in the analysis worker they hand in.
import * as vscode from 'vscode';
import type { HighlightPaint } from './editor/highlightShapes';
import type { Analysis, FactKind } from './engine';
import { NewsLensSettings } from './config/newsLensSettings';
import { AnalysisCache } from './editor/analysisCache';
import { AnalysisWorker } from './editor/analysisWorker';
import { CheckActionProvider, registerCheckCommands } from './editor/checks/checkActions';
import { CheckDiagnostics } from './editor/checks/checkDiagnostics';
import { CheckSettingsSource } from './editor/checks/checkSettings';
import { ArticleAnswers } from './editor/articleAnswers';
import { articleSchemeSelector, ArticleFilter } from './editor/articleFilter';
import { registerCorrectionCommands } from './editor/correctionCommands';
import { CorrectionsStore } from './editor/correctionsStore';
import { CutMarker, type CutMark } from './editor/cutMarker';
import { copyFactSheet, exportFacts, type ExportFormat, type FactSheetFormat } from './editor/exportFacts';
import { FactHoverProvider } from './editor/factHoverProvider';
import { FactsStatusBar } from './editor/factsStatusBar';
import { Highlighter } from './editor/highlighter';
import { registerHoverCommands } from './editor/hoverCommands';
import { registerLargeFileCommands } from './editor/largeFileCommands';
import { registerNavigationProviders } from './editor/navigationProviders';
import { openSampleArticle } from './editor/openSampleArticle';
import { registerSetArticleDate } from './editor/setArticleDate';
import { registerToggleCommands } from './editor/toggleCommands';
import { TruncationNotice } from './editor/truncationNotice';
import type { WorkerPortFactory } from './editor/workerPort';
import { FactsView } from './views/factsView';
import { PackageDiagnostics } from './editor/checks/packageDiagnostics';
import { IndexStorage } from './editor/workspace/indexStorage';
import { WorkspaceIndex, type ScanReport } from './editor/workspace/workspaceIndex';
import { WorkspaceFactSymbols } from './editor/workspace/workspaceSymbols';
import type { ArticleEntry } from './engine/workspace/articleEntry';
import { registerFactsViewCommands } from './views/factsViewCommands';
import type { FactsTreeProvider } from './views/factsTreeProvider';

/** What `activate` returns: enough for the extension-host tests to see what a user sees. */
export interface NewsLensApi {
  /** The analysis of the document's current version, waiting for it (and its draft-check findings) if needed;
   *  undefined for non-articles. */
  analysisFor(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** The highlight ranges last applied to the editor, by kind. */
  decorationRanges(editor: vscode.TextEditor): Record<FactKind, vscode.Range[]>;
  /** The overview-ruler marks last applied to the editor, by kind. */
  rulerRanges(editor: vscode.TextEditor): Record<FactKind, vscode.Range[]>;
  /** How a kind's highlights are painted now (its theme colours and mark, or the user's newsLens.highlight.styles). */
  highlightPaint(kind: FactKind): HighlightPaint;
  /** The note "News Lens stopped here" last drawn in the editor at a large file's cut, with its hover; undefined when
   *  the file was analysed whole. */
  cutMark(editor: vscode.TextEditor): CutMark | undefined;
  /** The Facts tree's data provider (getChildren / getTreeItem). */
  readonly factsTree: FactsTreeProvider;
  /** The Facts view's activity-bar badge, description ("partial") and message as VS Code was last given them. */
  factsView(): { readonly badge: vscode.ViewBadge | undefined; readonly description: string | undefined; readonly message: string | undefined };
  /** The workspace index: its articles' entries, what its last scan did, and a way to wait for the scan or start
   *  again from the saved index as a reopened window does. */
  readonly workspaceIndex: {
    entries(): { uri: vscode.Uri; entry: ArticleEntry }[];
    report(): ScanReport;
    scanned(): Promise<void>;
    reopen(): Promise<void>;
    /** Drops the index and builds it again from every file, as a first scan does. */
    rebuild(): Promise<void>;
    /** Cancels the scan under way, as the progress notification's Cancel button does. */
    cancel(): void;
  };
  /** The News Lens status bar item's text and tooltip (Markdown source), and whether it is shown. */
  statusBar(): { readonly text: string; readonly tooltip: string; readonly visible: boolean };
  /** How long `activate` took, in milliseconds (also written to the "News Lens" output). */
  readonly activationMs: number;
  /** The longest time, in milliseconds, the extension host spent handling one analysis result since the last call
   *  (highlights, sidebar, status bar): our own share of any stall while typing. */
  takeLongestResultHandlingMs(): number;
}

/** How long a short analysis may run before its worker is terminated and restarted (longer texts get more). */
const ANALYSIS_TIMEOUT_MS = 10_000;

/** Activates News Lens with the platform's analysis worker (`startWorker` makes a fresh one when needed). */
export function activateNewsLens(context: vscode.ExtensionContext, startWorker: WorkerPortFactory): NewsLensApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('News Lens');
  const log = (message: string) => output.appendLine(`[${new Date().toISOString()}] ${message}`);
  const settings = new NewsLensSettings();
  const filter = new ArticleFilter(settings, context.workspaceState);
  const worker = new AnalysisWorker(startWorker, ANALYSIS_TIMEOUT_MS, log);
  const corrections = new CorrectionsStore(log);
  const checkSettings = new CheckSettingsSource(settings, context.workspaceState);
  const cache = new AnalysisCache(worker, filter, settings, log, corrections, () => checkSettings.current());
  const diagnostics = new CheckDiagnostics(cache, settings);
  const highlighter = new Highlighter(cache, filter, settings);
  // The index has a worker of its own: a keystroke's analysis never waits behind a file of the scan.
  const indexWorker = new AnalysisWorker(startWorker, ANALYSIS_TIMEOUT_MS, log);
  const index = new WorkspaceIndex({
    cache, filter, settings, worker: indexWorker, storage: new IndexStorage(context.storageUri, log), corrections,
    version: String((context.extension.packageJSON as { version?: unknown }).version), log,
  });
  const packageDiagnostics = new PackageDiagnostics(index, indexWorker, settings, checkSettings, log);
  const factsView = new FactsView(cache, filter, settings, index);
  const statusBar = new FactsStatusBar(cache, filter, (document) => diagnostics.findingsOf(document));
  const cutMarker = new CutMarker(cache);
  context.subscriptions.push(
    output, settings, filter, worker, corrections, checkSettings, cache, diagnostics, highlighter, factsView, statusBar, cutMarker,
    indexWorker, index, packageDiagnostics,
    vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceFactSymbols(index)),
    vscode.commands.registerCommand('newsLens.rescanWorkspace', () => index.start(false, 'News Lens: Rescan the Workspace')),
    vscode.languages.registerCodeActionsProvider(articleSchemeSelector(), new CheckActionProvider(cache), CheckActionProvider.metadata),
    ...registerCheckCommands(checkSettings, cache),
    new TruncationNotice(cache, log),
    ...registerLargeFileCommands(cache),
    vscode.languages.registerHoverProvider(articleSchemeSelector(), new FactHoverProvider(cache)),
    ...registerHoverCommands(cache),
    registerSetArticleDate(cache),
    ...registerNavigationProviders(new ArticleAnswers(cache, filter, log), corrections.onDidChange),
    ...registerToggleCommands(settings, filter),
    ...registerFactsViewCommands(factsView, settings),
    ...registerCorrectionCommands(cache, corrections, log),
    vscode.commands.registerCommand('newsLens.exportFacts', (format?: ExportFormat, uri?: vscode.Uri) => exportFacts(cache, filter, format, uri)),
    vscode.commands.registerCommand('newsLens.copyFactSheet', (format?: FactSheetFormat, uri?: vscode.Uri) => copyFactSheet(cache, filter, format, uri)),
    vscode.commands.registerCommand('newsLens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newsLens.openSampleArticle', () => openSampleArticle(context.extensionUri)),
  );
  const activationMs = performance.now() - started;
  log(`Activated in ${activationMs.toFixed(1)} ms; the analysis worker starts with the first article.`);
  void index.start(false, 'activation');
  return {
    analysisFor: async (uri) => cache.checkedAnalysisFor(await vscode.workspace.openTextDocument(uri)),
    decorationRanges: (editor) => highlighter.decorationRanges(editor),
    rulerRanges: (editor) => highlighter.rulerRanges(editor),
    highlightPaint: (kind) => highlighter.paintOf(kind),
    cutMark: (editor) => cutMarker.markOf(editor),
    factsTree: factsView.provider,
    factsView: () => ({ badge: factsView.badge, description: factsView.description, message: factsView.message }),
    workspaceIndex: {
      entries: () => index.articles().map(({ uri, entry }) => ({ uri, entry })),
      report: () => index.report,
      scanned: () => index.scanned(),
      reopen: () => index.reopen(),
      rebuild: () => index.start(true, 'the tests asked'),
      cancel: () => index.cancel(),
    },
    statusBar: () => statusBar.shown,
    activationMs,
    takeLongestResultHandlingMs: () => {
      const longest = cache.longestResultHandlingMs;
      cache.longestResultHandlingMs = 0;
      return longest;
    },
  };
}
