// The levels of the Facts tree: (article →) kind → fact (entity) → mention, and a person's quotes.
import type * as vscode from 'vscode';
import type { FactKind } from '../engine';
import type { FactGroup } from '../format/factGroups';

/** An open article, the top level when the sidebar lists all open articles. */
export interface ArticleNode {
  readonly type: 'article';
  readonly document: vscode.TextDocument;
}

/** A kind heading ("People", 3 facts). */
export interface KindNode {
  readonly type: 'kind';
  readonly document: vscode.TextDocument;
  readonly kind: FactKind;
  readonly facts: readonly FactGroup[];
}

/** One entity with its mentions. */
export interface FactNode {
  readonly type: 'fact';
  readonly document: vscode.TextDocument;
  readonly fact: FactGroup;
}

/** One mention: where it is and a few words around it; under a person, also each quote they said. */
export interface MentionNode {
  readonly type: 'mention';
  readonly document: vscode.TextDocument;
  readonly fact: FactGroup;
  readonly mentionIndex: number;
}

/** Any row of the Facts tree. */
export type FactsTreeNode = ArticleNode | KindNode | FactNode | MentionNode;
