// The levels of the Facts tree: (article →) kind → fact (entity) → mention, and a person's quotes.
import type * as vscode from 'vscode';
import type { CheckFinding, CheckRule } from '../engine/checks/finding';
import type { Analysis, FactKind, Mention } from '../engine/types';
import type { WorkspaceEntity } from '../engine/workspace/articleEntry';
import type { FactGroup } from '../format/factGroups';
import type { MentionPlace } from './mentionSentence';

/** An open article, the top level when the sidebar lists all open articles. */
export interface ArticleNode {
  readonly type: 'article';
  readonly document: vscode.TextDocument;
}

/** A kind heading ("People", 3 facts). */
export interface KindNode {
  readonly type: 'kind';
  readonly document: vscode.TextDocument;
  /** The analysis the row was made from: its children come from the same one, never from a newer result. */
  readonly analysis: Analysis;
  readonly kind: FactKind;
  readonly facts: readonly FactGroup[];
}

/** One entity with its mentions. */
export interface FactNode {
  readonly type: 'fact';
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly fact: FactGroup;
}

/** One mention: its wording, line and sentence; under a person, also each quote they said. */
export interface MentionNode {
  readonly type: 'mention';
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly fact: FactGroup;
  readonly mentionIndex: number;
  /** The mention and the range a click reveals, fixed when the row was made: a newer analysis in the refresh window
   *  cannot send a click to another mention. */
  readonly mention: Mention;
  readonly range: vscode.Range;
  /** The document version the range and `place` belong to. */
  readonly version: number;
  /** Its line and sentence, read when the row was made, from the text its offsets belong to. */
  readonly place: MentionPlace;
}

/** The "Checks" heading: the draft checks' findings, by rule. */
export interface ChecksNode {
  readonly type: 'checks';
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly findings: readonly CheckFinding[];
}

/** One rule's findings ("name-variant 2"). */
export interface CheckRuleNode {
  readonly type: 'checkRule';
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly rule: CheckRule;
  readonly findings: readonly CheckFinding[];
}

/** One finding: its message; a click reveals it. */
export interface FindingNode {
  readonly type: 'finding';
  readonly document: vscode.TextDocument;
  readonly finding: CheckFinding;
  readonly range: vscode.Range;
}

/** The Workspace scope's kind heading ("People 120"): the entities of that kind over every indexed article. */
export interface WorkspaceKindNode {
  readonly type: 'workspaceKind';
  readonly kind: FactKind;
  readonly entities: readonly WorkspaceEntity[];
}

/** One person, organization or place of the workspace, with the articles it appears in. */
export interface WorkspaceEntityNode {
  readonly type: 'workspaceEntity';
  readonly entity: WorkspaceEntity;
}

/** One article an entity appears in, with its mentions there; a click opens it at the first. */
export interface WorkspaceArticleNode {
  readonly type: 'workspaceArticle';
  readonly entity: WorkspaceEntity;
  readonly article: WorkspaceEntity['articles'][number];
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}

/** "… and 1,234 more": a kind with more entities than the tree lists. */
export interface WorkspaceMoreNode {
  readonly type: 'workspaceMore';
  readonly kind: FactKind;
  readonly count: number;
}

/** Any row of the Facts tree. */
export type FactsTreeNode = ArticleNode | KindNode | FactNode | MentionNode | ChecksNode | CheckRuleNode | FindingNode
  | WorkspaceKindNode | WorkspaceEntityNode | WorkspaceArticleNode | WorkspaceMoreNode;
