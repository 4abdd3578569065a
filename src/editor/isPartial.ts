// Whether an analysis covered only the start of its document (the file was larger than newsLens.maxCharacters).
import type * as vscode from 'vscode';
import type { Analysis } from '../engine';

/** The document's length in characters, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** True when the engine stopped before the end of the document's text. */
export function isPartial(document: vscode.TextDocument, analysis: Analysis): boolean {
  return analysis.analysedChars < documentLength(document);
}
