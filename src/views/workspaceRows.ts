// The Facts view's Workspace scope: kind → person, organization or place (each once, over every indexed article) →
// the articles it appears in with its mentions there; a click opens an article at the entity's first mention.
import * as vscode from 'vscode';
import type { FactKind } from '../engine/types';
import { INDEXED_KINDS } from '../engine/workspace/articleEntry';
import { KIND_LABELS } from '../format/factGroups';
import type { WorkspaceIndex } from '../editor/workspace/workspaceIndex';
import { KIND_MARKS } from '../editor/highlightShapes';
import type { FactsTreeNode, WorkspaceArticleNode, WorkspaceEntityNode, WorkspaceKindNode, WorkspaceMoreNode } from './factNodes';
import { REVEAL_MENTION_COMMAND } from './factTreeItems';

/** Entities listed per kind at most: the filter finds the others. */
export const MAX_WORKSPACE_ROWS = 500;

/** The kind headings of the kinds shown that the index keeps, with the entities matching the filter. */
export function workspaceRoots(index: WorkspaceIndex, kinds: readonly FactKind[], query: string): WorkspaceKindNode[] {
  const needle = query.trim().toLocaleLowerCase();
  const entities = index.entities().filter((entity) => needle === '' || entity.name.toLocaleLowerCase().includes(needle));
  return INDEXED_KINDS.filter((kind) => kinds.includes(kind))
    .map((kind): WorkspaceKindNode => ({ type: 'workspaceKind', kind, entities: entities.filter((entity) => entity.kind === kind) }))
    .filter((node) => node.entities.length > 0);
}

/** The rows under a Workspace scope row. */
export function workspaceChildren(node: FactsTreeNode, index: WorkspaceIndex): FactsTreeNode[] {
  if (node.type === 'workspaceKind') {
    const rows: FactsTreeNode[] = node.entities.slice(0, MAX_WORKSPACE_ROWS).map((entity): WorkspaceEntityNode => ({ type: 'workspaceEntity', entity }));
    const more = node.entities.length - MAX_WORKSPACE_ROWS;
    return more > 0 ? [...rows, { type: 'workspaceMore', kind: node.kind, count: more }] : rows;
  }
  if (node.type === 'workspaceEntity') {
    const articles = [...node.entity.articles].sort((a, b) => a.path.localeCompare(b.path));
    return articles.flatMap((article): WorkspaceArticleNode[] => {
      const indexed = index.articleAt(article.path);
      if (!indexed) return [];
      const range = new vscode.Range(indexed.position(article.first.start), indexed.position(article.first.end));
      return [{ type: 'workspaceArticle', entity: node.entity, article, uri: indexed.uri, range }];
    });
  }
  return [];
}

/** "People 120", in the kind's colour, as in the article scopes. */
export function workspaceKindItem(node: WorkspaceKindNode): vscode.TreeItem {
  const item = new vscode.TreeItem(KIND_LABELS[node.kind].many, vscode.TreeItemCollapsibleState.Expanded);
  item.description = node.entities.length.toLocaleString('en');
  item.iconPath = new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(`newsLens.${node.kind}Border`));
  item.tooltip = `${KIND_LABELS[node.kind].many} of every article in the workspace; highlighted with a ${KIND_MARKS[node.kind].legend}.`;
  item.id = `workspace#${node.kind}`;
  item.contextValue = 'newsLens.workspaceKind';
  return item;
}

/** "Jonas Berger  3 articles · 7 mentions". */
export function workspaceEntityItem(node: WorkspaceEntityNode): vscode.TreeItem {
  const { entity } = node;
  const articles = entity.articles.length;
  const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = `${articles} article${articles === 1 ? '' : 's'} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}`;
  item.tooltip = `${entity.name}: ${item.description}`;
  item.id = `workspace#${entity.id}`;
  item.contextValue = 'newsLens.workspaceEntity';
  return item;
}

/** "stories/main.news  4 mentions"; a click opens it at the first. */
export function workspaceArticleItem(node: WorkspaceArticleNode): vscode.TreeItem {
  const { article } = node;
  const item = new vscode.TreeItem(article.path, vscode.TreeItemCollapsibleState.None);
  item.resourceUri = node.uri;
  item.description = `${article.mentions} mention${article.mentions === 1 ? '' : 's'} · first on line ${node.range.start.line + 1}`;
  item.tooltip = `${node.entity.name} in ${article.path}: ${item.description}`;
  item.id = `workspace#${node.entity.id}#${article.path}`;
  item.contextValue = 'newsLens.workspaceArticle';
  item.command = { title: 'Open at First Mention', command: REVEAL_MENTION_COMMAND, arguments: [node.uri, node.range] };
  return item;
}

/** "… and 1,234 more: filter to find them". */
export function workspaceMoreItem(node: WorkspaceMoreNode): vscode.TreeItem {
  const item = new vscode.TreeItem(`… and ${node.count.toLocaleString('en')} more`, vscode.TreeItemCollapsibleState.None);
  item.description = 'Filter Facts to find them';
  item.command = { title: 'Filter Facts', command: 'newsLens.filterFacts' };
  return item;
}
