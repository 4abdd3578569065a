// The status bar item: the active article's number of facts (by kind in its tooltip), "partial" for truncated files,
// and why an analysis failed.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type Analysis } from '../engine/types';
import { SHOW_SIDEBAR_COMMAND } from '../views/viewIds';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';
import { describeArticleDate } from './dateDescription';
import { countFacts, KIND_LABELS } from '../format/factGroups';
import { isPartial } from './isPartial';
import { statusText } from './statusText';

/** Shows what News Lens found in the active article; a click opens the sidebar. */
export class FactsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  /** The document whose counts are on show, so they can stay up (not flicker) while its next version is analysed. */
  private countsFor: vscode.TextDocument | undefined;
  private visible = false;

  constructor(private readonly cache: AnalysisCache, private readonly filter: ArticleFilter,
    /** The draft checks' findings on show for a document (none when not given). */
    private readonly findingsOf: (document: vscode.TextDocument) => readonly { rule: string }[] = () => []) {
    this.item.name = 'News Lens';
    this.item.command = SHOW_SIDEBAR_COMMAND;
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      cache.onDidAnalyse(() => this.update()),
      cache.onDidCheck(() => this.update()),
      cache.onDidChangeState(() => this.update()),
      filter.onDidChange(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.filter.isArticle(document)) {
      this.countsFor = undefined;
      this.visible = false;
      return this.item.hide();
    }
    const analysis = this.cache.get(document);
    const failure = this.cache.failure(document);
    if (failure && !analysis) {
      this.show('$(error) News Lens', `News Lens could not analyse this file: ${failure}. Details in the "News Lens" output.`, 'statusBarItem.errorBackground');
    } else if (analysis) {
      this.showCounts(document, analysis);
    } else if (this.countsFor !== document) {
      this.show('$(sync~spin) News Lens', 'News Lens is reading this article…');
    }
  }

  private showCounts(document: vscode.TextDocument, analysis: Analysis): void {
    const counts = countFacts(analysis);
    const partial = isPartial(document, analysis);
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.appendMarkdown('**News Lens**  \n');
    for (const kind of FACT_KINDS) tooltip.appendMarkdown(`${KIND_LABELS[kind].many}: ${counts[kind]}  \n`);
    const findings = this.findingsOf(document);
    if (findings.length > 0) tooltip.appendMarkdown(`Draft checks: ${findings.length} finding${findings.length === 1 ? '' : 's'} (Problems panel)  \n`);
    tooltip.appendMarkdown(`Dates resolved against the ${describeArticleDate(analysis.articleDate)}  \n`);
    if (partial) tooltip.appendMarkdown(`Only the first ${analysis.analysedChars.toLocaleString('en-US')} characters were analysed (newsLens.maxCharacters).  \n`);
    tooltip.appendMarkdown('Click to open the News Lens sidebar.');
    const facts = FACT_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
    this.show(statusText({ facts, partial, findings: findings.length }), tooltip, partial ? 'statusBarItem.warningBackground' : undefined);
    this.countsFor = document;
  }

  /** What the item shows, for the extension's test API (VS Code has no API to read another status bar item). */
  get shown(): { readonly text: string; readonly tooltip: string; readonly visible: boolean } {
    const { tooltip } = this.item;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '', visible: this.visible };
  }

  private show(text: string, tooltip: string | vscode.MarkdownString, background?: string): void {
    this.countsFor = undefined;
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
