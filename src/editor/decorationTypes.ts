// The decoration types, one per kind for the highlights and one per kind for the overview-ruler marks, coloured through
// theme colours contributed in package.json (scripts/palette/design.mjs designs them) and shaped by highlightShapes.ts.
// The marks are apart so they can be shown for fewer mentions than are highlighted (newsLens.overviewRuler: only the
// entity under the cursor, by default).
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind } from '../engine/types';
import { highlightPaint, type HighlightStyle, type PaintColour } from './highlightShapes';

/** Overview-ruler lanes: names in the centre, dates and figures right, quotes left, so marks don't hide each other. */
const RULER_LANES: Record<FactKind, vscode.OverviewRulerLane> = {
  person: vscode.OverviewRulerLane.Center,
  organization: vscode.OverviewRulerLane.Center,
  place: vscode.OverviewRulerLane.Center,
  date: vscode.OverviewRulerLane.Right,
  figure: vscode.OverviewRulerLane.Right,
  quote: vscode.OverviewRulerLane.Left,
};

const colourOf = (colour: PaintColour | undefined): string | vscode.ThemeColor | undefined =>
  colour === undefined ? undefined : 'css' in colour ? colour.css : new vscode.ThemeColor(colour.themeColour);

/** Creates one highlight type per kind, with the user's colours where set (newsLens.highlight.styles); the caller owns
 *  (and disposes) them. */
export function createDecorationTypes(styles: Partial<Record<FactKind, HighlightStyle>> = {}): Record<FactKind, vscode.TextEditorDecorationType> {
  return byKind((kind) => {
    const paint = highlightPaint(kind, styles[kind]);
    const options: vscode.DecorationRenderOptions = {
      backgroundColor: colourOf(paint.backgroundColor),
      borderRadius: paint.borderRadius,
      borderStyle: paint.borderStyle,
      borderWidth: paint.borderWidth,
      borderColor: colourOf(paint.borderColor),
      outlineStyle: paint.outlineStyle,
      outlineWidth: paint.outlineWidth,
      outlineColor: colourOf(paint.outlineColor),
      color: colourOf(paint.color),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    };
    return vscode.window.createTextEditorDecorationType(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
  });
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
