// The "Facts" view in the News Lens sidebar: follows the active article (or all open ones), shows a badge, reveals clicked mentions.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../editor/analysisCache';
import type { ArticleFilter } from '../editor/articleFilter';
import type { NewsLensSettings } from '../config/newsLensSettings';
import { isPartial } from '../editor/isPartial';
import { shownFindings } from '../editor/checks/shownFindings';
import { factsBadge } from './factsBadge';
import { FACTS_VIEW_ID } from './viewIds';
import { FactsTreeProvider, REVEAL_MENTION_COMMAND } from './factsTreeProvider';
import type { FactsTreeNode } from './factNodes';
import type { RowOrigin } from './factTreeItems';
import { mentionRange } from '../editor/mentionRanges';
import type { ScanReport, WorkspaceIndex } from '../editor/workspace/workspaceIndex';
import { indexMessage } from './indexMessage';

/** Wires the facts tree to the editor: which documents it shows, its badge and filter message, and the reveal command. */
export class FactsView implements vscode.Disposable {
  /** The data provider, exposed for tests through the extension's API. */
  readonly provider: FactsTreeProvider;
  private readonly view: vscode.TreeView<FactsTreeNode>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache, private readonly filter: ArticleFilter, private readonly settings: NewsLensSettings,
    private readonly index?: WorkspaceIndex) {
    this.provider = new FactsTreeProvider(cache, settings, index);
    this.view = vscode.window.createTreeView(FACTS_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.subscriptions = [
      this.provider,
      this.view,
      vscode.commands.registerCommand(REVEAL_MENTION_COMMAND, (uri: vscode.Uri, range: vscode.Range, origin?: RowOrigin) => this.reveal(uri, range, origin)),
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.follow()),
      filter.onDidChange(() => this.follow()),
      settings.onDidChange((event) => { if (event.affectsConfiguration('newsLens.sidebar')) this.follow(); }),
      this.view.onDidChangeVisibility(({ visible }) => { if (visible && this.stale) { this.stale = false; this.update(); } }),
      cache.onDidAnalyse(({ document }) => { if (this.shows(document)) this.update(); }),
      // The findings come after the facts: the badge counts them.
      cache.onDidCheck(({ document }) => { if (this.shows(document)) this.update(); }),
      ...(index ? [index.onDidChange(() => this.indexChanged())] : []),
    ];
    this.follow();
  }

  /** The scope last given to the `newsLens.factsScope` context key (the title bar's scope buttons read it). */
  private shownScope: string | undefined;

  /** The view's message above the tree (the filter, the workspace index's state), for the extension's test API. */
  get message(): string | undefined {
    return this.view.message;
  }

  /** The activity-bar badge as VS Code shows it, for the extension's test API. */
  get badge(): vscode.ViewBadge | undefined {
    return this.view.badge;
  }

  /** The view's description (beside its title), for the extension's test API. */
  get description(): string | undefined {
    return this.view.description;
  }

  /** The index changed: the Workspace scope shows it, if it is on screen; while a scan only counts, at most every few
   *  seconds, since merging a large index's entities takes the extension host a while; a scan that starts, pauses,
   *  is cancelled or ends shows at once. */
  private indexChanged(): void {
    if (this.settings.current.sidebar.scope !== 'workspace') return;
    const state = this.index?.report.state;
    const countsOnly = state === 'scanning' && state === this.shownScanState;
    if (this.indexTimer && countsOnly) return;
    clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => { this.indexTimer = undefined; if (this.view.visible) this.update(); else this.stale = true; }, countsOnly ? SCAN_REFRESH_MS : 0);
  }

  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  /** The scan's state the view's message last showed. */
  private shownScanState: ScanReport['state'] | undefined;
  /** The Workspace scope changed while the view was hidden: shown again, it is brought up to date. */
  private stale = false;

  /** Keeps only facts containing `text` ('' shows all again), and says so above the tree. */
  filterFacts(text: string): void {
    this.provider.filter(text);
    this.update();
  }

  /** Shows the active editor's document if it is an article; keeps the last one while it is visible beside a non-text editor. */
  private follow(): void {
    const editor = vscode.window.activeTextEditor;
    const document = editor && this.filter.isArticle(editor.document) ? editor.document : undefined;
    const shown = this.provider.activeDocument;
    const keep = !editor && shown && this.filter.isArticle(shown) && vscode.window.visibleTextEditors.some((visible) => visible.document === shown);
    const openArticles = this.settings.current.sidebar.scope === 'openArticles' ? this.openArticles() : [];
    this.provider.show(keep ? shown : document, openArticles);
    openArticles.filter((article) => !this.cache.get(article)).forEach((article) => void this.cache.analysisFor(article));
    this.update();
  }

  /** Articles open in editor tabs, in tab order (each analysed once, then served from the cache). */
  private openArticles(): vscode.TextDocument[] {
    const uris = vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : []));
    const documents = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    return [...new Set(uris)].flatMap((uri) => documents.get(uri) ?? []).filter((document) => this.filter.isArticle(document));
  }

  private shows(document: vscode.TextDocument): boolean {
    return document === this.provider.activeDocument || (this.settings.current.sidebar.scope === 'openArticles' && this.openArticles().includes(document));
  }

  private update(): void {
    const document = this.provider.activeDocument;
    const analysis = document && this.cache.get(document);
    void vscode.commands.executeCommand('setContext', 'newsLens.activeArticle', Boolean(document));
    void vscode.commands.executeCommand('setContext', 'newsLens.factsFiltered', this.provider.filterText !== '');
    const { scope } = this.settings.current.sidebar;
    if (scope !== this.shownScope) void vscode.commands.executeCommand('setContext', 'newsLens.factsScope', (this.shownScope = scope));
    const partialAt = document && analysis && isPartial(document, analysis) ? analysis.analysedChars : undefined;
    this.view.badge = factsBadge({ findings: shownFindings(analysis, this.settings.current.checks).length, partialAt });
    this.view.description = partialAt === undefined ? undefined : 'partial';
    const filtered = this.provider.filterText ? `Facts containing “${this.provider.filterText}”` : undefined;
    const workspace = scope === 'workspace' ? indexMessage(this.index, this.settings.current.workspaceIndex) : undefined;
    this.shownScanState = scope === 'workspace' ? this.index?.report.state : undefined;
    this.view.message = [filtered, workspace].filter(Boolean).join(' · ') || undefined;
    this.provider.refresh();
  }

  /** Opens the mention's document and selects the mention; a row made before an edit finds its mention again. */
  private async reveal(uri: vscode.Uri, range: vscode.Range, origin?: RowOrigin): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const target = origin && origin.version !== document.version ? await currentRange(this.cache, document, origin) : range;
    if (!target) {
      await vscode.window.showTextDocument(document, { preserveFocus: false });
      vscode.window.setStatusBarMessage(`News Lens: “${origin?.text}” is no longer in the text`, 4000);
      return;
    }
    const editor = await vscode.window.showTextDocument(document, { selection: target, preserveFocus: false });
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.indexTimer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** How often the Workspace scope is refreshed at most while the index is being built. */
const SCAN_REFRESH_MS = 3_000;

/** The mention a row was made for, in the document as it is now: the same wording, as many times over. */
async function currentRange(cache: AnalysisCache, document: vscode.TextDocument, origin: RowOrigin): Promise<vscode.Range | undefined> {
  const analysis = await cache.analysisFor(document);
  const same = analysis?.mentions.filter((mention) => mention.text === origin.text) ?? [];
  const mention = same[Math.min(origin.ordinal, same.length - 1)];
  return mention && mentionRange(document, mention);
}
