// The hover card's corrections part: what a correction changed about the fact, and a command link per correction that
// applies to it. The links carry only the document's URI and an offset (never its text), and the card trusts no
// command but these.
import type * as vscode from 'vscode';
import { CORRECTIONS_FILE_NAME } from '../corrections/correctionsFile';
import type { Analysis, Entity } from '../engine/types';
import { actionsFor, CORRECTION_ACTIONS } from './correctionActions';
import type { MentionArgument } from './correctionTarget';
import { commandLink, escapeMarkdown } from './hoverMarkdown';

/** The commands of the correction links. */
export const CORRECTION_LINK_COMMANDS: readonly string[] = CORRECTION_ACTIONS.map((action) => action.command);

/** Adds "Kind set by a correction …" where one applies, and the correction links for the mention's fact. */
export function appendCorrections(card: vscode.MarkdownString, document: vscode.TextDocument, analysis: Analysis, mentionIndex: number): void {
  const mention = analysis.mentions[mentionIndex];
  const entity = mention.entity ? analysis.entities.find((candidate) => candidate.id === mention.entity) : undefined;
  if (entity?.correction) appendNote(card, entity);
  const actions = actionsFor(mention.kind);
  if (actions.length === 0) return;
  const argument: MentionArgument = { uri: document.uri.toString(), offset: mention.start };
  card.appendMarkdown(`${actions.map((action) => commandLink(action.label, action.command, [argument], `News Lens: ${action.label}, in every article of the workspace`)).join(' · ')}  \n`);
}

/** "Kind set by a correction in .newslens.json", "Same as “Jon Smyth” by a correction …", "2 mentions found by …". */
function appendNote(card: vscode.MarkdownString, entity: Entity): void {
  const { kind, merged, added } = entity.correction ?? {};
  const by = `by a correction in ${CORRECTIONS_FILE_NAME}`;
  if (kind) card.appendMarkdown(`*Kind set ${by}*  \n`);
  if (merged && merged.length > 0) {
    card.appendMarkdown('*Same as ');
    merged.forEach((name, i) => card.appendMarkdown(`${i === 0 ? '“' : ', “'}${escapeMarkdown(name)}”`));
    card.appendMarkdown(` ${by}*  \n`);
  }
  if (added) card.appendMarkdown(`*${added} mention${added === 1 ? '' : 's'} the taggers missed, found ${by}*  \n`);
}
