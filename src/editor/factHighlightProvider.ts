// Cursor on a name: every mention of that entity lights up, short forms included ("Mishustin" for "Mikhail Mishustin").
import * as vscode from 'vscode';
import type { ArticleAnswers } from './articleAnswers';
import { factAtCursor } from './factAtCursor';
import { mentionRange } from './mentionRanges';

/** Answers from the cached analysis only, so moving the cursor never starts an analysis. */
export class FactHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly answers: ArticleAnswers) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    return this.answers.fromCache(document, 'Highlight mentions', (analysis) => {
      const target = factAtCursor(analysis, document, position);
      return target?.fact.mentions.map((index) => new vscode.DocumentHighlight(mentionRange(document, analysis.mentions[index]), vscode.DocumentHighlightKind.Text));
    });
  }
}
