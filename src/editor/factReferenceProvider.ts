// Find All References on a name lists every mention of its entity: "Putin" finds "Vladimir Putin" too.
import * as vscode from 'vscode';
import type { ArticleAnswers } from './articleAnswers';
import { factAtCursor } from './factAtCursor';
import { mentionRange } from './mentionRanges';

/** Every mention of the entity under the cursor, in document order (the mention itself included). */
export class FactReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly answers: ArticleAnswers) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    return this.answers.awaited(document, 'Find references', (analysis) => {
      const target = factAtCursor(analysis, document, position);
      return target?.fact.mentions.map((index) => new vscode.Location(document.uri, mentionRange(document, analysis.mentions[index])));
    });
  }
}
