// Builds the hover card for one mention. Document text is appended as plain text, no HTML; the only commands it may run
// are its own correction links (correctionLinks.ts).
import * as vscode from 'vscode';
import type { Analysis } from '../engine';
import { appendCorrections, HOVER_COMMANDS } from './correctionLinks';
import { describeArticleDate, describeDateValue } from './dateDescription';
import { describeFigureValue, factOfMention, KIND_LABELS } from '../format/factGroups';

const QUOTE_PREVIEW_CHARS = 160;

/** A safe Markdown card: kind, canonical name, role, mention count and first line, plus per-kind details. */
export function hoverCard(document: vscode.TextDocument, analysis: Analysis, mentionIndex: number): vscode.MarkdownString {
  const mention = analysis.mentions[mentionIndex];
  const fact = factOfMention(analysis, mentionIndex);
  const card = new vscode.MarkdownString(undefined, false);
  card.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  card.supportHtml = false;
  const line = (label: string, text: string) => card.appendMarkdown(`${label}: `).appendText(text).appendMarkdown('  \n');
  const title = mention.kind === 'quote' ? shorten(mention.text) : fact?.name ?? mention.text;
  card.appendMarkdown(`**${KIND_LABELS[mention.kind]?.one ?? mention.kind}** · `).appendText(title).appendMarkdown('  \n');
  if (mention.role ?? fact?.role) line('Role', (mention.role ?? fact?.role) as string);
  if (fact) {
    const first = analysis.mentions[fact.mentions[0]];
    const firstLine = first ? document.positionAt(first.start).line + 1 : undefined;
    const count = fact.mentions.length;
    card.appendMarkdown(`${count} mention${count === 1 ? '' : 's'}${firstLine ? `, first on line ${firstLine}` : ''}  \n`);
  }
  if (mention.kind === 'date' && mention.value !== undefined) {
    line('Date', describeDateValue(String(mention.value)));
    line('Resolved against', describeArticleDate(analysis.articleDate));
  }
  if (mention.kind === 'figure') {
    if (mention.value !== undefined) line('Value', describeFigureValue(mention));
    if (mention.figureType) line('Type', mention.figureType);
    if (mention.change) line('Change', mention.change === 'rise' ? 'a rise' : 'a fall');
  }
  if (mention.kind === 'quote') line('Speaker', speakerName(analysis, mention.speaker));
  appendCorrections(card, document, analysis, mentionIndex);
  return card;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_PREVIEW_CHARS ? `${flat.slice(0, QUOTE_PREVIEW_CHARS - 1)}…` : flat;
}

function speakerName(analysis: Analysis, speaker: string | undefined): string {
  if (!speaker) return 'not identified in the sentence';
  return analysis.entities.find((entity) => entity.id === speaker)?.name ?? speaker;
}
