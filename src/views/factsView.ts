// The "Facts" view in the News Lens sidebar: follows the active article, shows a badge, reveals clicked mentions.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../editor/analysisCache';
import type { ArticleFilter } from '../editor/articleFilter';
import { groupFacts } from '../format/factGroups';
import { isPartial } from '../editor/isPartial';
import { FACTS_VIEW_ID } from './viewIds';
import { FactsTreeProvider, REVEAL_MENTION_COMMAND } from './factsTreeProvider';
import type { FactsTreeNode } from './factNodes';

/** Wires the facts tree to the editor: which document it shows, its badge, and the reveal command. */
export class FactsView implements vscode.Disposable {
  /** The data provider, exposed for tests through the extension's API. */
  readonly provider: FactsTreeProvider;
  private readonly view: vscode.TreeView<FactsTreeNode>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache, private readonly filter: ArticleFilter) {
    this.provider = new FactsTreeProvider(cache);
    this.view = vscode.window.createTreeView(FACTS_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.subscriptions = [
      this.provider,
      this.view,
      vscode.commands.registerCommand(REVEAL_MENTION_COMMAND, revealMention),
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow()),
      filter.onDidChange(() => this.follow()),
      cache.onDidAnalyse(({ document }) => { if (document === this.provider.activeDocument) this.update(); }),
    ];
    this.follow();
  }

  /** Shows the active editor's document if it is an article; keeps the last one while it is visible beside a non-text editor. */
  private follow(): void {
    const editor = vscode.window.activeTextEditor;
    const document = editor && this.filter.isArticle(editor.document) ? editor.document : undefined;
    const shown = this.provider.activeDocument;
    const keep = !editor && shown && this.filter.isArticle(shown) && vscode.window.visibleTextEditors.some((visible) => visible.document === shown);
    if (!keep) this.provider.show(document);
    this.update();
  }

  private update(): void {
    const document = this.provider.activeDocument;
    const analysis = document && this.cache.get(document);
    void vscode.commands.executeCommand('setContext', 'newsLens.activeArticle', Boolean(document));
    const total = analysis ? Object.values(groupFacts(analysis)).reduce((sum, facts) => sum + facts.length, 0) : 0;
    this.view.badge = total > 0 ? { value: total, tooltip: `${total} fact${total === 1 ? '' : 's'} in this article` } : undefined;
    this.view.description = analysis && isPartial(document, analysis) ? 'partial' : undefined;
    this.provider.refresh();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** Opens the mention's document and selects the mention. */
async function revealMention(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
