// How each row of the Facts tree looks: its label, count, tooltip, icon and the command a click runs.
import * as vscode from 'vscode';
import { CORRECTIONS_FILE_NAME } from '../corrections/correctionsFile';
import { KIND_LABELS, oneLine } from '../format/factGroups';
import { documentName } from '../editor/documentName';
import type { ArticleNode, CheckRuleNode, ChecksNode, FactNode, FindingNode, KindNode, MentionNode } from './factNodes';

/** The command a mention row runs when clicked. */
export const REVEAL_MENTION_COMMAND = 'newsLens.revealMention';

/** Quotes under their speaker show this many characters. */
const QUOTE_PREVIEW_CHARS = 70;

/** "seed-article.news" with its number of facts shown. */
export function articleItem(node: ArticleNode, shownFacts: number): vscode.TreeItem {
  const item = new vscode.TreeItem(documentName(node.document.uri), vscode.TreeItemCollapsibleState.Expanded);
  item.resourceUri = node.document.uri;
  item.description = `${shownFacts} fact${shownFacts === 1 ? '' : 's'}`;
  item.id = node.document.uri.toString();
  item.contextValue = 'newsLens.article';
  return item;
}

/** "People 12". */
export function kindItem(node: KindNode): vscode.TreeItem {
  const item = new vscode.TreeItem(KIND_LABELS[node.kind].many, vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(node.facts.length);
  item.id = `${node.document.uri.toString()}#${node.kind}`;
  item.contextValue = 'newsLens.kind';
  return item;
}

/** "Li Qiang 4 mentions · 2 quotes". */
export function factItem(node: FactNode, quotes: number): vscode.TreeItem {
  const item = new vscode.TreeItem(node.fact.name, vscode.TreeItemCollapsibleState.Collapsed);
  const count = node.fact.mentions.length;
  const corrected = node.analysis.entities.find((entity) => entity.id === node.fact.id)?.correction !== undefined;
  item.description = `${count} mention${count === 1 ? '' : 's'}${quotes > 0 ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : ''}${corrected ? ' · corrected' : ''}`;
  item.tooltip = `${node.fact.role ? `${node.fact.name} (${node.fact.role})` : node.fact.name}${corrected ? `\nCorrected in ${CORRECTIONS_FILE_NAME}` : ''}`;
  // The kind picks the row's corrections in the context menu ("Not a person" on a person, "This is a person" elsewhere).
  item.contextValue = `newsLens.fact.${node.fact.kind}`;
  return item;
}

/** "line 3: …Minister Mikhail Mishustin on Monday…", or "said “…”" for a quote under its speaker; a click reveals it. */
export function mentionItem(node: MentionNode): vscode.TreeItem {
  const { mention } = node;
  const said = mention.kind === 'quote' && node.fact.kind !== 'quote';
  const label = said ? `said “${shorten(oneLine(mention.text))}”` : node.context;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  if (said) item.iconPath = new vscode.ThemeIcon('quote');
  item.tooltip = mention.text;
  item.contextValue = said ? 'newsLens.quote' : 'newsLens.mention';
  item.command = { title: 'Reveal Mention', command: REVEAL_MENTION_COMMAND, arguments: [node.document.uri, node.range, rowOrigin(node)] };
  return item;
}

/** What a click needs to find the row's mention again if the document changed since the row was made. */
export interface RowOrigin {
  readonly version: number;
  readonly text: string;
  /** How many mentions with the same wording come before it. */
  readonly ordinal: number;
}

function rowOrigin(node: MentionNode): RowOrigin {
  const { mention } = node;
  const ordinal = node.analysis.mentions.slice(0, node.mentionIndex).filter((other) => other.text === mention.text).length;
  return { version: node.version, text: mention.text, ordinal };
}

function shorten(text: string): string {
  return text.length > QUOTE_PREVIEW_CHARS ? `${text.slice(0, QUOTE_PREVIEW_CHARS - 1)}…` : text;
}

/** "Checks 5": the draft checks' findings, by rule. */
export function checksItem(node: ChecksNode): vscode.TreeItem {
  const item = new vscode.TreeItem('Checks', vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(node.findings.length);
  item.iconPath = new vscode.ThemeIcon('checklist');
  item.tooltip = 'What the draft checks found: a name spelt two ways, a weekday that disagrees with its date, a quotation no one is said to have spoken… Each rule can be switched off (newsLens.checks.<rule>).';
  item.id = `${node.document.uri.toString()}#checks`;
  item.contextValue = 'newsLens.checks';
  return item;
}

/** "name-variant 2". */
export function checkRuleItem(node: CheckRuleNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.rule, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = String(node.findings.length);
  item.id = `${node.document.uri.toString()}#checks#${node.rule}`;
  item.contextValue = 'newsLens.checkRule';
  return item;
}

/** "“Mishustine”: … one person spelt two ways?", line in the description; a click reveals it. */
export function findingItem(node: FindingNode): vscode.TreeItem {
  const item = new vscode.TreeItem(`“${shorten(oneLine(node.finding.text))}”`, vscode.TreeItemCollapsibleState.None);
  item.description = `line ${node.range.start.line + 1} · ${node.finding.message}`;
  item.tooltip = node.finding.message;
  item.contextValue = 'newsLens.finding';
  item.command = { title: 'Reveal Finding', command: REVEAL_MENTION_COMMAND, arguments: [node.document.uri, node.range] };
  return item;
}
