// What a correction command is about: the fact of a Facts row, of a hover card's mention, or under the cursor; or, for
// "This is a person" and the like, a selected name the taggers missed.
import * as vscode from 'vscode';
import type { Analysis, FactKind } from '../engine/types';
import { factOfMention, type FactGroup } from '../format/factGroups';
import type { FactNode } from '../views/factNodes';
import type { AnalysisCache } from './analysisCache';
import { mentionsAtCursor } from './mentionsAt';

/** The name a correction is about, its kind now (none for a selection) and the article it was made in. */
export interface CorrectionTarget {
  readonly document: vscode.TextDocument;
  readonly name: string;
  readonly kind: FactKind | undefined;
  readonly analysis: Analysis | undefined;
  /** The entity's id, to leave it out of the "Same as" list. */
  readonly factId?: string;
}

/** What a hover card's command link passes: the document and an offset inside the mention. */
export interface MentionArgument {
  readonly uri: string;
  readonly offset: number;
}

const isFactNode = (value: unknown): value is FactNode => typeof value === 'object' && value !== null && (value as FactNode).type === 'fact';
const isMentionArgument = (value: unknown): value is MentionArgument =>
  typeof value === 'object' && value !== null && typeof (value as MentionArgument).uri === 'string' && typeof (value as MentionArgument).offset === 'number';

/** The target of a command run with `argument` (a Facts row, a hover link's), else at the active editor's cursor. */
export function correctionTarget(cache: AnalysisCache, argument: unknown): CorrectionTarget | undefined {
  if (isFactNode(argument)) return targetOfFact(argument.document, argument.analysis, argument.fact);
  if (isMentionArgument(argument)) {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === argument.uri);
    return document && targetAt(cache, document, argument.offset, false);
  }
  const editor = vscode.window.activeTextEditor;
  return editor && targetAt(cache, editor.document, editor.document.offsetAt(editor.selection.active), true, editor.selection);
}

function targetAt(cache: AnalysisCache, document: vscode.TextDocument, offset: number, isCursor: boolean, selection?: vscode.Selection): CorrectionTarget | undefined {
  const analysis = cache.get(document);
  const selected = selection && !selection.isEmpty && selection.isSingleLine ? document.getText(selection).trim() : '';
  const index = analysis ? (isCursor ? mentionsAtCursor(analysis, offset) : mentionsAtOffset(analysis, offset)).find((i) => analysis.mentions[i].kind !== 'quote') : undefined;
  const fact = analysis && index !== undefined ? factOfMention(analysis, index) : undefined;
  // A selection that is not exactly a fact's mention names something the taggers missed or cut short.
  if (selected && (!analysis || index === undefined || analysis.mentions[index].text !== selected)) {
    return { document, name: selected, kind: undefined, analysis };
  }
  if (!analysis || index === undefined || !fact) return undefined;
  const mention = analysis.mentions[index];
  // Dates and figures are corrected by their wording ("May"), names by the entity's name ("John Smyth" for "Smyth").
  return mention.kind === 'date' || mention.kind === 'figure'
    ? { document, name: mention.text, kind: mention.kind, analysis, factId: fact.id }
    : targetOfFact(document, analysis, fact);
}

function mentionsAtOffset(analysis: Analysis, offset: number): number[] {
  return mentionsAtCursor(analysis, offset).filter((index) => analysis.mentions[index].start <= offset && offset < analysis.mentions[index].end);
}

function targetOfFact(document: vscode.TextDocument, analysis: Analysis, fact: FactGroup): CorrectionTarget {
  const first = analysis.mentions[fact.mentions[0]];
  const name = (fact.kind === 'date' || fact.kind === 'figure') && first ? first.text : fact.name;
  return { document, name, kind: fact.kind, analysis, factId: fact.id };
}
