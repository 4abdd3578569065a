// How each row of the Facts tree looks: its label, count, tooltip, icon and the command a click runs.
import * as vscode from 'vscode';
import { CORRECTIONS_FILE_NAME } from '../corrections/correctionsFile';
import { entityNameOf, KIND_LABELS, mentionsOfFact, oneLine } from '../format/factGroups';
import { documentName } from '../editor/documentName';
import { dateLabel } from './dateLabel';
import { KIND_MARKS } from '../editor/highlightShapes';
import type { ArticleNode, CheckRuleNode, ChecksNode, FactNode, FindingNode, KindNode, MentionNode } from './factNodes';
import type { MentionPlace } from './mentionSentence';

/** The command a mention row runs when clicked. */
export const REVEAL_MENTION_COMMAND = 'newsLens.revealMention';

/** Quotes (and long mentions) show this many characters in a row. */
const QUOTE_PREVIEW_CHARS = 70;

/** A date row lists this many of its wordings ("“Thursday”, “March 12, 2026”"), the rest as "2 more". */
const WORDINGS_SHOWN = 3;

/** What a quote under its speaker starts with: `said “`. */
const SAID = 'said “';

/** "seed-article.news" with its number of facts shown. */
export function articleItem(node: ArticleNode, shownFacts: number): vscode.TreeItem {
  const item = new vscode.TreeItem(documentName(node.document.uri), vscode.TreeItemCollapsibleState.Expanded);
  item.resourceUri = node.document.uri;
  item.description = `${shownFacts} fact${shownFacts === 1 ? '' : 's'}`;
  item.id = node.document.uri.toString();
  item.contextValue = 'newsLens.article';
  return item;
}

/** "People 12", with the kind's colour as its icon and its mark in the tooltip: the sidebar's legend. */
export function kindItem(node: KindNode): vscode.TreeItem {
  const item = new vscode.TreeItem(KIND_LABELS[node.kind].many, vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(node.facts.length);
  item.iconPath = new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(`newsLens.${node.kind}Border`));
  item.tooltip = `${KIND_LABELS[node.kind].many} are highlighted with a ${KIND_MARKS[node.kind].legend}.`;
  item.id = `${node.document.uri.toString()}#${node.kind}`;
  item.contextValue = 'newsLens.kind';
  return item;
}

/** "Li Qiang 4 mentions · 2 quotes"; a date as a reader writes it, a quote with its speaker. */
export function factItem(node: FactNode, quotes: number): vscode.TreeItem {
  const { fact, analysis } = node;
  const count = fact.mentions.length;
  const corrected = analysis.entities.find((entity) => entity.id === fact.id)?.correction !== undefined;
  const counted = `${count} mention${count === 1 ? '' : 's'}${quotes > 0 ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : ''}${corrected ? ' · corrected' : ''}`;
  const item = new vscode.TreeItem(fact.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = counted;
  item.tooltip = `${fact.role ? `${fact.name} (${fact.role})` : fact.name}${corrected ? `\nCorrected in ${CORRECTIONS_FILE_NAME}` : ''}`;
  const mentions = mentionsOfFact(analysis, fact);
  if (fact.kind === 'date') {
    const label = dateLabel(mentions[0]?.value, mentions[0]?.dateType) ?? fact.name;
    const wordings = [...new Set(mentions.map((mention) => oneLine(mention.text)))].map((text) => `“${text}”`);
    const shown = wordings.length > WORDINGS_SHOWN ? [...wordings.slice(0, WORDINGS_SHOWN - 1), `${wordings.length - WORDINGS_SHOWN + 1} more`] : wordings;
    item.label = label;
    item.description = `${shown.join(', ')} · ${counted}`;
    item.tooltip = `${label}, written ${wordings.join(', ')}`;
  }
  if (fact.kind === 'quote' && mentions[0]) {
    const speaker = mentions[0].speaker ? entityNameOf(analysis, mentions[0].speaker) : 'speaker not named';
    item.label = `“${shorten(oneLine(mentions[0].text))}”`;
    item.description = count === 1 ? speaker : `${speaker} · ${counted}`;
    item.tooltip = `“${oneLine(mentions[0].text)}”\n— ${speaker}`;
  }
  // The kind picks the row's corrections in the context menu ("Not a person" on a person, "This is a person" elsewhere).
  item.contextValue = `newsLens.fact.${fact.kind}`;
  return item;
}

/** The mention as written (highlighted), or "said “…”" for a quote under its speaker; its line beside it, its
 *  sentence in the tooltip; a click reveals it. */
export function mentionItem(node: MentionNode): vscode.TreeItem {
  const { mention, place } = node;
  const said = mention.kind === 'quote' && node.fact.kind !== 'quote';
  const words = shorten(oneLine(mention.text));
  const label: vscode.TreeItemLabel = said
    ? { label: `said “${words}”`, highlights: [[SAID.length, SAID.length + words.length]] }
    : { label: words, highlights: [[0, words.length]] };
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  if (said) item.iconPath = new vscode.ThemeIcon('quote');
  item.description = `line ${place.line}`;
  item.tooltip = sentenceTooltip(place);
  item.contextValue = said ? 'newsLens.quote' : 'newsLens.mention';
  item.command = { title: 'Reveal Mention', command: REVEAL_MENTION_COMMAND, arguments: [node.document.uri, node.range, rowOrigin(node)] };
  return item;
}

/** The sentence with the mention in bold; the document's text escaped, so it can never be read as Markdown or a link. */
function sentenceTooltip({ sentence }: MentionPlace): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(sentence.before).appendMarkdown('**').appendText(sentence.mention).appendMarkdown('**').appendText(sentence.after);
  return tooltip;
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
