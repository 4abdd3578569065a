// Rename Symbol on a person, organization or place: every mention in the draft, full name and short forms, as one edit.
import * as vscode from 'vscode';
import type { FactKind } from '../engine/types';
import { NAMED_KINDS, KIND_LABELS } from '../format/factGroups';
import type { ArticleAnswers } from './articleAnswers';
import { factAtCursor } from './factAtCursor';
import { mentionRange } from './mentionRanges';
import { mentionsAtCursor } from './mentionsAt';
import { renamedMention } from './renamedMention';

/** The only News Lens feature that edits text; it answers only when the user asks for a rename. */
export class FactRenameProvider implements vscode.RenameProvider {
  constructor(private readonly answers: ArticleAnswers) {}

  /** The mention to rename, or a refusal VS Code shows for dates, figures and quotes (thrown, as the API asks). */
  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const answer = await this.answers.awaited(document, 'Prepare rename', (analysis) => {
      const target = factAtCursor(analysis, document, position, NAMED_KINDS);
      if (target) {
        const mention = analysis.mentions[target.mentionIndex];
        return { range: mentionRange(document, mention), placeholder: mention.text };
      }
      const other = mentionsAtCursor(analysis, document.offsetAt(position))[0];
      return other === undefined ? undefined : refusal(analysis.mentions[other].kind);
    });
    if (typeof answer === 'string') throw new Error(answer);
    return answer;
  }

  /** One WorkspaceEdit replacing each mention whose wording changes, so a single Undo restores the draft. */
  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    return this.answers.awaited(document, 'Rename', (analysis) => {
      const target = factAtCursor(analysis, document, position, NAMED_KINDS);
      const to = newName.replace(/\s+/g, ' ').trim();
      if (!target || to === '') return undefined;
      const from = analysis.mentions[target.mentionIndex].text;
      const edit = new vscode.WorkspaceEdit();
      for (const index of target.fact.mentions) {
        const mention = analysis.mentions[index];
        const wording = renamedMention(mention.text, from, to, target.fact.name);
        if (wording !== mention.text) edit.replace(document.uri, mentionRange(document, mention), wording);
      }
      return edit;
    });
  }
}

/** Why a date, figure or quote cannot be renamed, in the words VS Code shows under the cursor. */
function refusal(kind: FactKind): string {
  return `News Lens renames people, organizations and places, not ${KIND_LABELS[kind].many.toLowerCase()}: edit this ${KIND_LABELS[kind].one.toLowerCase()} where it is.`;
}
