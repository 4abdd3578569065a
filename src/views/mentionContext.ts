// A mention's line and a few words either side, for the tree's mention rows.
import type * as vscode from 'vscode';
import type { Mention } from '../engine';

const CONTEXT_CHARS = 28;

/** "line 3: …told visiting Russian Prime Minister Mikhail Mishustin on Monday…" (whitespace collapsed). */
export function mentionContext(document: vscode.TextDocument, mention: Pick<Mention, 'start' | 'end'>): string {
  const start = document.positionAt(mention.start);
  const lineText = document.lineAt(start.line).text;
  const from = Math.max(0, start.character - CONTEXT_CHARS);
  const endOnLine = Math.min(lineText.length, start.character + (mention.end - mention.start));
  const to = Math.min(lineText.length, endOnLine + CONTEXT_CHARS);
  const snippet = lineText.slice(from, to).replace(/\s+/g, ' ').trim();
  return `line ${start.line + 1}: ${from > 0 ? '…' : ''}${snippet}${to < lineText.length ? '…' : ''}`;
}
