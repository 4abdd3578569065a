// The three levels of the Facts tree: kind → fact (entity) → mention.
import type * as vscode from 'vscode';
import type { FactKind } from '../engine';
import type { FactGroup } from '../format/factGroups';

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

/** One mention: where it is and a few words around it. */
export interface MentionNode {
  readonly type: 'mention';
  readonly document: vscode.TextDocument;
  readonly fact: FactGroup;
  readonly mentionIndex: number;
}

/** Any row of the Facts tree. */
export type FactsTreeNode = KindNode | FactNode | MentionNode;
