// The six decoration types, one per kind, coloured through theme colours contributed in package.json.
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

/** Creates one decoration type per kind; the caller owns (and disposes) them. Colours: `newsLens.<kind>Background|Ruler`. */
export function createDecorationTypes(): Record<FactKind, vscode.TextEditorDecorationType> {
  return Object.fromEntries(FACT_KINDS.map((kind) => [kind, vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsLens.${kind}Background`),
    overviewRulerColor: new vscode.ThemeColor(`newsLens.${kind}Ruler`),
    overviewRulerLane: RULER_LANES[kind],
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  })])) as Record<FactKind, vscode.TextEditorDecorationType>;
}
