// How each kind of fact is painted: a fill in its theme colour and a mark that tells it apart without colour (for a
// reader who cannot tell the hues apart, and in a monochrome screenshot), a frame in the high-contrast themes, and a
// user's own colours on top (newsLens.highlight.styles, like Todo Tree's custom highlights). Pure data: the
// decoration types (decorationTypes.ts) turn colour ids into theme colours.
import type { FactKind } from '../engine/types';

/** A user's colours for one kind (CSS colours): any of fill, a box, an underline and the text's colour. */
export interface HighlightStyle {
  readonly fill?: string;
  readonly border?: string;
  readonly underline?: string;
  readonly color?: string;
}

/** A colour: a contributed theme colour's id, or a CSS colour the user wrote. */
export type PaintColour = { readonly themeColour: string } | { readonly css: string };

/** The render options of one kind's highlight, with colours still to be resolved. Border and outline are drawn on the
 *  highlight's box behind the text, so neither moves a character. */
export interface HighlightPaint {
  readonly backgroundColor: PaintColour;
  readonly borderRadius: string;
  readonly borderStyle?: string;
  readonly borderWidth?: string;
  readonly borderColor?: PaintColour;
  readonly outlineStyle?: string;
  readonly outlineWidth?: string;
  readonly outlineColor?: PaintColour;
  readonly color: PaintColour;
}

/** Each kind's mark, as the README's legend describes it. */
export const KIND_MARKS: Readonly<Record<FactKind, { readonly legend: string; readonly borderStyle?: string; readonly borderWidth?: string; readonly borderRadius: string }>> = {
  person: { legend: 'rounded fill', borderRadius: '0.6em' },
  organization: { legend: 'fill with a dotted underline', borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderRadius: '0' },
  place: { legend: 'fill in a dashed box', borderStyle: 'dashed', borderWidth: '1px', borderRadius: '0' },
  date: { legend: 'fill with a solid underline', borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderRadius: '0' },
  figure: { legend: 'fill in a solid box', borderStyle: 'solid', borderWidth: '1px', borderRadius: '0' },
  quote: { legend: 'faint fill with a bar on its left', borderStyle: 'none none none solid', borderWidth: '0 0 0 3px', borderRadius: '0' },
};

/** The kinds whose mark is not a box: in the high-contrast themes they get a frame too (newsLens.<kind>Frame). */
const FRAMED: ReadonlySet<FactKind> = new Set(['person', 'organization', 'date', 'quote']);

const theme = (id: string): PaintColour => ({ themeColour: id });

/** The paint of one kind: its theme colours and mark, with the user's colours (if any) in their place. A user's
 *  underline replaces the kind's own mark with a solid underline; a user's border draws a box in every theme. */
export function highlightPaint(kind: FactKind, style: HighlightStyle = {}): HighlightPaint {
  const mark = KIND_MARKS[kind];
  const paint: HighlightPaint = {
    backgroundColor: style.fill ? { css: style.fill } : theme(`newsLens.${kind}Background`),
    borderRadius: mark.borderRadius,
    ...(style.underline
      ? { borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: { css: style.underline } }
      : mark.borderStyle ? { borderStyle: mark.borderStyle, borderWidth: mark.borderWidth, borderColor: theme(`newsLens.${kind}Border`) } : {}),
    ...(style.border
      ? { outlineStyle: 'solid', outlineWidth: '1px', outlineColor: { css: style.border } }
      : FRAMED.has(kind) ? { outlineStyle: 'solid', outlineWidth: '1px', outlineColor: theme(`newsLens.${kind}Frame`) } : {}),
    // The text in the editor's own colour, over the grammar's: the palette is measured against it (a number's token
    // blue stood at 3.1:1 on the figure fill in Dark Modern).
    color: style.color ? { css: style.color } : theme('editor.foreground'),
  };
  return paint;
}

/** A CSS colour a user may write: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba()/hsl()/hsla(), or a colour name. */
const CSS_COLOUR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgb|rgba|hsl|hsla)\(\s*[\d.%\s,/+-]+\)|[a-z]{3,20})$/i;

/** The keys a style may have. */
const STYLE_KEYS: readonly (keyof HighlightStyle)[] = ['fill', 'border', 'underline', 'color'];

/** `newsLens.highlight.styles` checked: each kind's valid colours, and a message for each value left out. */
export function readHighlightStyles(value: unknown, kinds: readonly FactKind[]): { styles: Partial<Record<FactKind, HighlightStyle>>; problems: string[] } {
  const styles: Partial<Record<FactKind, HighlightStyle>> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { styles, problems };
  if (typeof value !== 'object' || Array.isArray(value)) return { styles, problems: ['newsLens.highlight.styles must be an object of kinds ("person": { "fill": "#…" }); it is ignored.'] };
  for (const [kind, style] of Object.entries(value)) {
    if (!kinds.includes(kind as FactKind)) { problems.push(`newsLens.highlight.styles: "${kind}" is not a kind (${kinds.join(', ')}); it is ignored.`); continue; }
    if (typeof style !== 'object' || style === null || Array.isArray(style)) { problems.push(`newsLens.highlight.styles.${kind} must be an object of colours; it is ignored.`); continue; }
    const kept: Record<string, string> = {};
    for (const [key, colour] of Object.entries(style)) {
      if (!STYLE_KEYS.includes(key as keyof HighlightStyle)) { problems.push(`newsLens.highlight.styles.${kind}: "${key}" is not one of ${STYLE_KEYS.join(', ')}; it is ignored.`); continue; }
      if (typeof colour !== 'string' || !CSS_COLOUR.test(colour.trim())) { problems.push(`newsLens.highlight.styles.${kind}.${key}: ${JSON.stringify(colour)} is not a CSS colour (such as "#FFB86C66"); the theme's colour is used.`); continue; }
      kept[key] = colour.trim();
    }
    styles[kind as FactKind] = kept;
  }
  return { styles, problems };
}
