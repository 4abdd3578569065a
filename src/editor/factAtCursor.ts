// The fact (entity) whose mention is under the cursor: what highlights, references and rename all start from.
import type * as vscode from 'vscode';
import type { Analysis, FactKind } from '../engine/types';
import { factOfMention, type FactGroup } from '../format/factGroups';
import { mentionsAtCursor } from './mentionsAt';

/** A mention under the cursor and the fact it belongs to. */
export interface FactAtCursor {
  readonly mentionIndex: number;
  readonly fact: FactGroup;
}

/** The innermost mention at `position` (of one of `kinds`, if given) and its fact, or undefined off any mention. */
export function factAtCursor(
  analysis: Analysis, document: vscode.TextDocument, position: vscode.Position, kinds?: readonly FactKind[],
): FactAtCursor | undefined {
  const candidates = mentionsAtCursor(analysis, document.offsetAt(position));
  const mentionIndex = candidates.find((index) => !kinds || kinds.includes(analysis.mentions[index].kind));
  const fact = mentionIndex === undefined ? undefined : factOfMention(analysis, mentionIndex);
  return fact && mentionIndex !== undefined ? { mentionIndex, fact } : undefined;
}
