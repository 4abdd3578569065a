// The hover card's navigation links as commands: select a fact's first mention, or list all its mentions. Each works
// on the mention a link names, else on the one under the active editor's cursor (the command palette).
import * as vscode from 'vscode';
import type { FactKind } from '../engine/types';
import { factOfMention, type FactGroup } from '../format/factGroups';
import type { AnalysisCache } from './analysisCache';
import { FIND_ALL_MENTIONS_COMMAND, GO_TO_FIRST_MENTION_COMMAND, isHoveredMention } from './hoverActions';
import { mentionRange } from './mentionRanges';
import { mentionsAt, mentionsAtCursor } from './mentionsAt';

/** A fact found for a command, with the document and editor position it was asked from. */
interface CommandFact {
  readonly document: vscode.TextDocument;
  readonly position: vscode.Position;
  readonly fact: FactGroup;
  readonly ranges: vscode.Range[];
}

/** Registers "Go to First Mention" and "Find All Mentions". */
export function registerHoverCommands(cache: AnalysisCache): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(GO_TO_FIRST_MENTION_COMMAND, async (argument?: unknown) => {
      const found = await commandFact(cache, argument);
      if (!found) return;
      const editor = await vscode.window.showTextDocument(found.document, { selection: found.ranges[0], preserveFocus: false });
      editor.revealRange(found.ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    // Returns the locations it listed (for tests); the peek is VS Code's own references view.
    vscode.commands.registerCommand(FIND_ALL_MENTIONS_COMMAND, async (argument?: unknown) => {
      const found = await commandFact(cache, argument);
      if (!found) return undefined;
      const locations = found.ranges.map((range) => new vscode.Location(found.document.uri, range));
      await vscode.window.showTextDocument(found.document, { preserveFocus: false });
      await vscode.commands.executeCommand('editor.action.showReferences', found.document.uri, found.position, locations);
      return locations;
    }),
  ];
}

/** The fact of the mention a link names (its kind breaks a tie, as a name may open a quote), else at the cursor. */
async function commandFact(cache: AnalysisCache, argument: unknown): Promise<CommandFact | undefined> {
  const place = commandPlace(argument);
  const analysis = place && await cache.analysisFor(place.document);
  if (!place || !analysis) return undefined;
  const candidates = place.kind ? mentionsAt(analysis, place.offset) : mentionsAtCursor(analysis, place.offset);
  const index = candidates.find((i) => analysis.mentions[i].kind === place.kind) ?? candidates[0];
  const fact = index === undefined ? undefined : factOfMention(analysis, index);
  if (!fact) {
    vscode.window.setStatusBarMessage('News Lens: no fact here', 3000);
    return undefined;
  }
  const ranges = fact.mentions.map((i) => mentionRange(place.document, analysis.mentions[i]));
  return { document: place.document, position: place.document.positionAt(place.offset), fact, ranges };
}

/** The document and offset a link names, else the active editor's cursor. */
function commandPlace(argument: unknown): { document: vscode.TextDocument; offset: number; kind?: FactKind } | undefined {
  if (isHoveredMention(argument)) {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === argument.uri);
    return document && { document, offset: argument.offset, kind: argument.kind };
  }
  const editor = vscode.window.activeTextEditor;
  return editor && { document: editor.document, offset: editor.document.offsetAt(editor.selection.active) };
}
