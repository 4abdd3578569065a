// The Facts tree's data: the active article's (or every open article's) cached analysis, grouped by kind and entity.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../editor/analysisCache';
import type { NewsLensSettings } from '../config/newsLensSettings';
import { groupFacts } from '../format/factGroups';
import { mentionRange } from '../editor/mentionRanges';
import { arrangeFacts } from './arrangeFacts';
import { mentionPlace } from './mentionSentence';
import { shownFindings } from '../editor/checks/shownFindings';
import { CHECK_RULES } from '../engine/checks/rules';
import type { ChecksNode, FactNode, FactsTreeNode, KindNode } from './factNodes';
import { articleItem, checkRuleItem, checksItem, factItem, findingItem, kindItem, mentionItem } from './factTreeItems';
import type { WorkspaceIndex } from '../editor/workspace/workspaceIndex';
import { workspaceArticleItem, workspaceChildren, workspaceEntityItem, workspaceKindItem, workspaceMoreItem, workspaceRoots } from './workspaceRows';

export { REVEAL_MENTION_COMMAND } from './factTreeItems';

/** Serves (article →) kind → fact → mention rows, filtered, sorted and limited to the chosen kinds; `refresh` is debounced. */
export class FactsTreeProvider implements vscode.TreeDataProvider<FactsTreeNode>, vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private openArticles: readonly vscode.TextDocument[] = [];
  private query = '';
  private readonly changed = new vscode.EventEmitter<FactsTreeNode | undefined>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly cache: AnalysisCache, private readonly settings: NewsLensSettings, private readonly index?: WorkspaceIndex) {}

  /** The document whose facts are shown, if any (the active article). */
  get activeDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** The filter text facts must contain ('' for none). */
  get filterText(): string {
    return this.query;
  }

  /** Shows another active document's facts (or none) and the open articles listed in "all open articles" mode. */
  show(document: vscode.TextDocument | undefined, openArticles: readonly vscode.TextDocument[]): void {
    this.document = document;
    this.openArticles = openArticles;
    this.refresh();
  }

  /** Keeps only facts whose name, role or wording contains `text`. */
  filter(text: string): void {
    this.query = text.trim();
    this.refresh();
  }

  /** Asks the view to re-read the tree, at most once per 150 ms. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 150);
  }

  getChildren(node?: FactsTreeNode): FactsTreeNode[] {
    if (!node) {
      const { scope, kinds } = this.settings.current.sidebar;
      if (scope === 'workspace') return this.index ? workspaceRoots(this.index, kinds, this.query) : [];
      if (scope === 'activeArticle') return this.document ? this.articleRows(this.document) : [];
      return this.openArticles.filter((document) => this.articleRows(document).length > 0).map((document) => ({ type: 'article', document }));
    }
    if (node.type.startsWith('workspace')) return this.index ? workspaceChildren(node, this.index) : [];
    if (node.type === 'article') return this.articleRows(node.document);
    if (node.type === 'checks') {
      return CHECK_RULES.flatMap((rule) => {
        const findings = node.findings.filter((f) => f.rule === rule);
        return findings.length > 0 ? [{ type: 'checkRule' as const, document: node.document, analysis: node.analysis, rule, findings }] : [];
      });
    }
    if (node.type === 'checkRule') {
      if (this.cache.get(node.document) !== node.analysis) return [];
      return node.findings.map((finding) => ({ type: 'finding' as const, document: node.document, finding, range: mentionRange(node.document, finding) }));
    }
    if (node.type === 'kind') return node.facts.map((fact) => ({ type: 'fact', document: node.document, analysis: node.analysis, fact }));
    if (node.type === 'fact') {
      // A row from an older result: its mentions' offsets no longer fit the document; the refresh under way replaces it.
      if (this.cache.get(node.document) !== node.analysis) return [];
      const rows = [...node.fact.mentions, ...this.quotesBy(node)];
      return rows.flatMap((mentionIndex) => {
        const mention = node.analysis.mentions[mentionIndex];
        if (!mention) return [];
        const { document } = node;
        return [{ type: 'mention', document, analysis: node.analysis, fact: node.fact, mentionIndex, mention, range: mentionRange(document, mention), version: document.version, place: mentionPlace(document, mention) }];
      });
    }
    return [];
  }

  getTreeItem(node: FactsTreeNode): vscode.TreeItem {
    if (node.type === 'article') return articleItem(node, this.kindNodes(node.document).reduce((sum, kind) => sum + kind.facts.length, 0));
    if (node.type === 'kind') return kindItem(node);
    if (node.type === 'fact') return factItem(node, this.quotesBy(node).length);
    if (node.type === 'checks') return checksItem(node);
    if (node.type === 'checkRule') return checkRuleItem(node);
    if (node.type === 'finding') return findingItem(node);
    if (node.type === 'workspaceKind') return workspaceKindItem(node);
    if (node.type === 'workspaceEntity') return workspaceEntityItem(node);
    if (node.type === 'workspaceArticle') return workspaceArticleItem(node);
    if (node.type === 'workspaceMore') return workspaceMoreItem(node);
    return mentionItem(node);
  }

  /** An article's rows: its kinds, then its Checks group when it has findings (the facts come first; the Problems
   *  panel lists the findings too). */
  private articleRows(document: vscode.TextDocument): FactsTreeNode[] {
    const checks = this.checksNode(document);
    return [...this.kindNodes(document), ...(checks ? [checks] : [])];
  }

  /** The draft checks' findings the settings leave on, unless a filter is typed (it filters facts, not findings). */
  private checksNode(document: vscode.TextDocument): ChecksNode | undefined {
    const analysis = this.cache.get(document);
    const findings = this.query ? [] : shownFindings(analysis, this.settings.current.checks);
    return analysis && findings.length > 0 ? { type: 'checks', document, analysis, findings } : undefined;
  }

  private kindNodes(document: vscode.TextDocument): KindNode[] {
    const analysis = this.cache.get(document);
    if (!analysis) return [];
    const { kinds, sortBy } = this.settings.current.sidebar;
    const groups = groupFacts(analysis);
    return kinds
      .map((kind): KindNode => ({ type: 'kind', document, analysis, kind, facts: arrangeFacts(analysis, groups[kind], sortBy, this.query) }))
      .filter((kind) => kind.facts.length > 0);
  }

  /** The quotes a person said (the engine links each quote to its speaker's entity). */
  private quotesBy(node: FactNode): number[] {
    if (node.fact.kind !== 'person') return [];
    return node.analysis.mentions.flatMap((mention, index) => (mention.kind === 'quote' && mention.speaker === node.fact.id ? [index] : []));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
