// Builds the hover card for one mention: a title for every kind, the facts a copy desk checks, and action links.
// Document text goes through escapeMarkdown (no links, HTML or icons, and it wraps like prose); the only commands the
// card may run are its own action and correction links.
import * as vscode from 'vscode';
import type { Analysis, Mention } from '../engine/types';
import { describeFigureValue, entityNameOf, factOfMention, KIND_LABELS, type FactGroup } from '../format/factGroups';
import { appendCorrections, CORRECTION_LINK_COMMANDS } from './correctionLinks';
import { articleDateNote, describeDateValue } from './dateDescription';
import { describeDuration, durationDirection } from './durationSpan';
import { actionLinks, HOVER_ACTION_COMMANDS } from './hoverActions';
import { escapeMarkdown, quoteBlock } from './hoverMarkdown';

/** Every command a hover card's links may run: News Lens's own, nothing else. */
export const HOVER_COMMANDS: readonly string[] = [...HOVER_ACTION_COMMANDS, ...CORRECTION_LINK_COMMANDS];

/** A safe Markdown card: "**Kind** · title", then per kind its role, mentions, value or quotation, and its links. */
export function hoverCard(document: vscode.TextDocument, analysis: Analysis, mentionIndex: number): vscode.MarkdownString {
  const mention = analysis.mentions[mentionIndex];
  const fact = factOfMention(analysis, mentionIndex);
  const card = new vscode.MarkdownString(undefined, false);
  card.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  card.supportHtml = false;
  const lines = mention.kind === 'quote' ? quoteCard(analysis, mention) : factCard(document, analysis, mention, fact);
  card.appendMarkdown(lines.join(''));
  const links = actionLinks(document, analysis, mentionIndex, fact);
  if (links) card.appendMarkdown(`${links}  \n`);
  appendCorrections(card, document, analysis, mentionIndex);
  return card;
}

/** A line of the card: Markdown, ended by a hard break so the next starts below it. */
const line = (markdown: string): string => `${markdown}  \n`;
const title = (kind: string, text: string): string => line(`**${kind}** · ${escapeMarkdown(text)}`);

/** "**Quote** · Li Qiang" (or "speaker not stated") and the quotation as a blockquote; no mention count, as a
 *  quotation is one mention. */
function quoteCard(analysis: Analysis, mention: Mention): string[] {
  const speaker = mention.speaker ? entityNameOf(analysis, mention.speaker) : 'speaker not stated';
  return [`${title(KIND_LABELS.quote.one, speaker)}\n`, quoteBlock(mention.text)];
}

function factCard(document: vscode.TextDocument, analysis: Analysis, mention: Mention, fact: FactGroup | undefined): string[] {
  const lines: string[] = [];
  const date = mention.kind === 'date' ? dateDetails(analysis, mention) : undefined;
  lines.push(title(date?.kind ?? KIND_LABELS[mention.kind].one, date?.title ?? fact?.name ?? mention.text));
  const role = mention.role ?? fact?.role;
  if (role) lines.push(line(`Role: ${escapeMarkdown(role)}`));
  if (fact) lines.push(line(mentionCount(document, analysis, fact)));
  if (date?.note) lines.push(line(date.note));
  if (mention.kind === 'figure') {
    if (mention.value !== undefined) lines.push(line(`Value: ${escapeMarkdown(describeFigureValue(mention))}`));
    if (mention.figureType) lines.push(line(`Type: ${mention.figureType}`));
    if (mention.change) lines.push(line(`Change: ${mention.change === 'rise' ? 'a rise' : 'a fall'}`));
  }
  return lines;
}

/** "3 mentions, first on line 9"; just "1 mention" for a fact mentioned once (the reader is looking at it). */
function mentionCount(document: vscode.TextDocument, analysis: Analysis, fact: FactGroup): string {
  const count = fact.mentions.length;
  const first = analysis.mentions[fact.mentions[0]];
  if (count === 1 || !first) return `${count} mention${count === 1 ? '' : 's'}`;
  return `${count} mentions, first on line ${document.positionAt(first.start).line + 1}`;
}

/** A date's card title in words ("Friday 31 October 2025", "5 years, 2026–2031") and the article date it was worked
 *  out from, with a warning when that date is a guess; no article date for a duration without a span, or a recurrence. */
function dateDetails(analysis: Analysis, mention: Mention): { kind: string; title?: string; note?: string } {
  const value = typeof mention.value === 'string' && mention.value !== '' ? mention.value : undefined;
  const kind = mention.dateType === 'duration' ? 'Duration' : mention.dateType === 'time' ? 'Time' : KIND_LABELS.date.one;
  if (!value) return { kind };
  const { articleDate } = analysis;
  const note = escapeMarkdown(articleDateNote(articleDate).text);
  if (mention.dateType === 'duration') {
    const words = describeDuration(value, articleDate.value, durationDirection(mention.text));
    const anchored = words !== undefined && words !== describeDuration(value);
    return { kind, title: words, note: anchored ? note : undefined };
  }
  return { kind, title: describeDateValue(value, mention.dateType), note: mention.dateType === 'set' ? undefined : note };
}
