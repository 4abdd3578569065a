// The decoration types, one per kind for the highlights and one per kind for the overview-ruler marks, coloured through
// theme colours contributed in package.json. The marks are apart so they can be shown for fewer mentions than are
// highlighted (newsLens.overviewRuler: only the entity under the cursor, by default).
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind } from '../engine/types';

/** Overview-ruler lanes: names in the centre, dates and figures right, quotes left, so marks don't hide each other. */
const RULER_LANES: Record<FactKind, vscode.OverviewRulerLane> = {
  person: vscode.OverviewRulerLane.Center,
  organization: vscode.OverviewRulerLane.Center,
  place: vscode.OverviewRulerLane.Center,
  date: vscode.OverviewRulerLane.Right,
  figure: vscode.OverviewRulerLane.Right,
  quote: vscode.OverviewRulerLane.Left,
};

/** Creates one highlight type per kind; the caller owns (and disposes) them. Colours: `newsLens.<kind>Background`. */
export function createDecorationTypes(): Record<FactKind, vscode.TextEditorDecorationType> {
  return byKind((kind) => vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsLens.${kind}Background`),
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
}

/** Creates one overview-ruler mark type per kind (nothing drawn in the text); the caller owns them. Colours: `newsLens.<kind>Ruler`. */
export function createRulerTypes(): Record<FactKind, vscode.TextEditorDecorationType> {
  return byKind((kind) => vscode.window.createTextEditorDecorationType({
    overviewRulerColor: new vscode.ThemeColor(`newsLens.${kind}Ruler`),
    overviewRulerLane: RULER_LANES[kind],
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
}

function byKind(create: (kind: FactKind) => vscode.TextEditorDecorationType): Record<FactKind, vscode.TextEditorDecorationType> {
  return Object.fromEntries(FACT_KINDS.map((kind) => [kind, create(kind)])) as Record<FactKind, vscode.TextEditorDecorationType>;
}
