// The Facts tree's data: the active article's cached analysis, grouped by kind and entity.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS } from '../engine/types';
import type { AnalysisCache } from '../editor/analysisCache';
import { groupFacts, KIND_LABELS } from '../format/factGroups';
import { mentionRange } from '../editor/mentionRanges';
import type { FactsTreeNode } from './factNodes';
import { mentionContext } from './mentionContext';

/** The command a mention row runs when clicked. */
export const REVEAL_MENTION_COMMAND = 'newsLens.revealMention';

/** Serves kind → fact → mention rows for one document (the active article); `refresh` is debounced. */
export class FactsTreeProvider implements vscode.TreeDataProvider<FactsTreeNode>, vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<FactsTreeNode | undefined>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {}

  /** The document whose facts are shown, if any. */
  get activeDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Shows another document's facts (or none). */
  show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.refresh();
  }

  /** Asks the view to re-read the tree, at most once per 150 ms. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 150);
  }

  getChildren(node?: FactsTreeNode): FactsTreeNode[] {
    const document = node?.document ?? this.document;
    const analysis = document && this.cache.get(document);
    if (!document || !analysis) return [];
    if (!node) {
      const groups = groupFacts(analysis);
      return FACT_KINDS.filter((kind) => groups[kind].length > 0).map((kind) => ({ type: 'kind', document, kind, facts: groups[kind] }));
    }
    if (node.type === 'kind') return node.facts.map((fact) => ({ type: 'fact', document, fact }));
    if (node.type === 'fact') return node.fact.mentions.map((mentionIndex) => ({ type: 'mention', document, fact: node.fact, mentionIndex }));
    return [];
  }

  getTreeItem(node: FactsTreeNode): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(KIND_LABELS[node.kind].many, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.facts.length);
      item.id = `${node.document.uri.toString()}#${node.kind}`;
      item.contextValue = 'newsLens.kind';
      return item;
    }
    if (node.type === 'fact') {
      const item = new vscode.TreeItem(node.fact.name, vscode.TreeItemCollapsibleState.Collapsed);
      const count = node.fact.mentions.length;
      item.description = `${count} mention${count === 1 ? '' : 's'}`;
      item.tooltip = node.fact.role ? `${node.fact.name} (${node.fact.role})` : node.fact.name;
      item.contextValue = 'newsLens.fact';
      return item;
    }
    return this.mentionItem(node);
  }

  private mentionItem(node: Extract<FactsTreeNode, { type: 'mention' }>): vscode.TreeItem {
    const mention = this.cache.get(node.document)?.mentions[node.mentionIndex];
    if (!mention) return new vscode.TreeItem('(out of date)');
    const item = new vscode.TreeItem(mentionContext(node.document, mention), vscode.TreeItemCollapsibleState.None);
    item.tooltip = mention.text;
    item.contextValue = 'newsLens.mention';
    item.command = { title: 'Reveal Mention', command: REVEAL_MENTION_COMMAND, arguments: [node.document.uri, mentionRange(node.document, mention)] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
