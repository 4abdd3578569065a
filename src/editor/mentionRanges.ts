// Turns the engine's UTF-16 offsets into editor ranges (positionAt handles CRLF and surrogate pairs).
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind, type Mention } from '../engine/types';

/** The editor range of one mention in the document version it was found in. */
export function mentionRange(document: vscode.TextDocument, mention: Pick<Mention, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
}

/** The mentions' ranges, by kind. */
export function rangesByKind(document: vscode.TextDocument, mentions: Iterable<Mention>): Record<FactKind, vscode.Range[]> {
  const ranges = emptyRanges();
  for (const mention of mentions) ranges[mention.kind]?.push(mentionRange(document, mention));
  return ranges;
}

/** One empty list per kind. */
export function emptyRanges(): Record<FactKind, vscode.Range[]> {
  return Object.fromEntries(FACT_KINDS.map((kind) => [kind, []])) as unknown as Record<FactKind, vscode.Range[]>;
}
