// Whether an analysis covered only the start of its document (the file was larger than newsLens.maxCharacters), and
// where it stopped.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';

/** The document's length in characters, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** True when the engine stopped before the end of the document's text. */
export function isPartial(document: vscode.TextDocument, analysis: Analysis): boolean {
  return analysis.analysedChars < documentLength(document);
}

/** Where the note "News Lens stopped here" goes: on the blank line after the last analysed paragraph, where a wrapped
 *  line cannot push it off screen; else (the cut inside a line, or no blank line after it) right after the last
 *  analysed character, with the analysed part of that line as its range. */
export function cutNoteRange(document: vscode.TextDocument, analysis: Analysis): vscode.Range {
  let cut = document.positionAt(analysis.analysedChars);
  while (cut.character === 0 && cut.line > 0) cut = document.lineAt(cut.line - 1).range.end;
  const next = cut.line + 1;
  const atLineEnd = cut.isEqual(document.lineAt(cut.line).range.end);
  if (atLineEnd && next < document.lineCount && document.lineAt(next).isEmptyOrWhitespace) return document.lineAt(next).range;
  return new vscode.Range(cut.with({ character: 0 }), cut);
}
