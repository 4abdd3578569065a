// Whether an analysis covered only the start of its document (the file was larger than newsLens.maxCharacters).
import type * as vscode from 'vscode';
import type { Analysis } from '../engine';

/** True when the engine stopped before the end of the document's text. */
export function isPartial(document: vscode.TextDocument, analysis: Analysis): boolean {
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return analysis.analysedChars < length;
}
