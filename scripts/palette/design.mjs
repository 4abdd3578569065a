// The highlight palette (issue 14), designed rather than picked: each kind's fill, border and ruler colour in Dark
// Modern, Light Modern, High Contrast and High Contrast Light, from one hue per kind at a lightness and chroma chosen
// per theme (OKLCH). It prints what matters to a reader, for each theme: the WCAG contrast of the editor's text on each
// fill (as composited over the editor background), the smallest CIEDE2000 difference between two kinds' fills, and the
// borders' contrast with the background. `node scripts/palette/design.mjs --write` writes the colours into package.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clampChroma, converter, differenceCiede2000, formatHex, formatHex8, wcagContrast } from 'culori';

const rgb = converter('rgb');
const ROOT = join(import.meta.dirname, '..', '..');

/** Each built-in theme's editor background and text colour (VS Code's theme-defaults). */
export const THEMES = {
  dark: { background: '#1F1F1F', text: '#CCCCCC' },
  light: { background: '#FFFFFF', text: '#3B3B3B' },
  highContrast: { background: '#000000', text: '#FFFFFF' },
  highContrastLight: { background: '#FFFFFF', text: '#292929' },
};

/** One hue per kind, about sixty degrees apart, the names' three in the cool half. */
const HUES = { person: 255, organization: 320, place: 195, date: 90, figure: 35, quote: 145 };

/** Per theme: the fills' lightness, chroma and alpha (translucent, so a selection shows through), and the borders'. */
const TUNING = {
  dark: { fill: { l: 0.41, c: 0.08, alpha: 0.65 }, border: { l: 0.74, c: 0.13 }, frame: false },
  light: { fill: { l: 0.89, c: 0.075, alpha: 0.5 }, border: { l: 0.52, c: 0.15 }, frame: false },
  highContrast: { fill: { l: 0.42, c: 0.09, alpha: 0.6 }, border: { l: 0.84, c: 0.15 }, frame: true },
  highContrastLight: { fill: { l: 0.87, c: 0.085, alpha: 0.55 }, border: { l: 0.42, c: 0.16 }, frame: true },
};

const inGamut = (l, c, h) => rgb(clampChroma({ mode: 'oklch', l, c, h }, 'oklch'));

/** The translucent colour that, over `background`, shows as the target colour. */
function translucent(target, background, alpha) {
  const b = rgb(background);
  const channel = (k) => Math.min(1, Math.max(0, b[k] + (target[k] - b[k]) / alpha));
  return { mode: 'rgb', r: channel('r'), g: channel('g'), b: channel('b'), alpha };
}

/** What a translucent colour shows as over `background`. */
export function composite(colour, background) {
  const c = rgb(colour);
  const b = rgb(background);
  const a = c.alpha ?? 1;
  return formatHex({ mode: 'rgb', r: c.r * a + b.r * (1 - a), g: c.g * a + b.g * (1 - a), b: c.b * a + b.b * (1 - a) });
}

/** The kinds framed in the high-contrast themes: the others' shape is a box already. */
const FRAMED = new Set(['person', 'organization', 'date', 'quote']);

/** The palette: per kind and theme, fill (background), border (the kind's shape) and frame (high contrast only). */
export function palette() {
  const colours = {};
  for (const [kind, h] of Object.entries(HUES)) {
    colours[kind] = { fill: {}, border: {}, frame: {} };
    for (const [theme, { fill, border, frame }] of Object.entries(TUNING)) {
      colours[kind].fill[theme] = formatHex8(translucent(inGamut(fill.l, fill.c, h), THEMES[theme].background, fill.alpha)).toUpperCase();
      colours[kind].border[theme] = formatHex(inGamut(border.l, border.c, h)).toUpperCase();
      colours[kind].frame[theme] = frame ? colours[kind].border[theme] : '#00000000';
    }
  }
  return colours;
}

/** The figures a reader's eye depends on, per theme. */
export function measure(colours) {
  const difference = differenceCiede2000();
  return Object.fromEntries(Object.entries(THEMES).map(([theme, { background, text }]) => {
    const fills = Object.entries(colours).map(([kind, c]) => [kind, composite(c.fill[theme], background)]);
    let closest = { distance: Infinity, pair: '' };
    for (let i = 0; i < fills.length; i++) {
      for (let j = i + 1; j < fills.length; j++) {
        const distance = difference(fills[i][1], fills[j][1]);
        if (distance < closest.distance) closest = { distance, pair: `${fills[i][0]}/${fills[j][0]}` };
      }
    }
    return [theme, {
      textContrast: Math.min(...fills.map(([, fill]) => wcagContrast(text, fill))),
      closestKinds: closest,
      fillFromBackground: Math.min(...fills.map(([, fill]) => difference(fill, background))),
      borderContrast: Math.min(...Object.values(colours).map((c) => wcagContrast(c.border[theme], background))),
    }];
  }));
}

const DESCRIPTIONS = {
  person: 'people', organization: 'organizations', place: 'places', date: 'dates',
  figure: 'figures (money, percentages, quantities, numbers, ordinals)', quote: 'quotations',
};

/** package.json's contributed colours for the palette. */
function contributedColours(colours) {
  const ruler = (hex) => `${hex}CC`;
  return Object.entries(colours).flatMap(([kind, c]) => [
    { id: `newsLens.${kind}Background`, description: `Fill of highlighted ${DESCRIPTIONS[kind]} (keep it translucent so the selection shows through).`, defaults: c.fill },
    { id: `newsLens.${kind}Border`, description: `The mark that tells highlighted ${DESCRIPTIONS[kind]} apart without colour (see the README's legend): its underline, box or bar.`, defaults: c.border },
    ...(FRAMED.has(kind) ? [{ id: `newsLens.${kind}Frame`, description: `The frame around highlighted ${DESCRIPTIONS[kind]} in high-contrast themes (transparent in the others).`, defaults: c.frame }] : []),
    { id: `newsLens.${kind}Ruler`, description: `Overview ruler mark for ${DESCRIPTIONS[kind]}.`, defaults: Object.fromEntries(Object.entries(c.border).map(([theme, hex]) => [theme, ruler(hex)])) },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const colours = palette();
  for (const [theme, m] of Object.entries(measure(colours))) {
    console.log(`${theme.padEnd(18)} text on fills ≥ ${m.textContrast.toFixed(2)}:1 · closest kinds ΔE00 ${m.closestKinds.distance.toFixed(1)} (${m.closestKinds.pair}) · fills from background ≥ ${m.fillFromBackground.toFixed(1)} · borders ≥ ${m.borderContrast.toFixed(2)}:1`);
  }
  if (process.argv.includes('--write')) {
    const path = join(ROOT, 'package.json');
    const pkg = JSON.parse(readFileSync(path, 'utf8'));
    const others = pkg.contributes.colors.filter((c) => !/^newsLens\.(person|organization|place|date|figure|quote)(Background|Border|Frame|Ruler)$/.test(c.id));
    pkg.contributes.colors = [...contributedColours(colours), ...others];
    writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
    console.log('package.json: colours written');
  }
}
