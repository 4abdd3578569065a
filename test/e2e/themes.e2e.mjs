// The highlights in Dark Modern, Light Modern, High Contrast and High Contrast Light, as a reader sees them: read from
// the painted editor's computed styles (no colour known beforehand), each kind's decoration is found by the characters
// it paints (the engine's mentions of the sample article), and then the text drawn over each fill must stand at WCAG
// 4.5:1 against it, no two kinds' fills may be close (CIEDE2000), every kind must carry a mark of its own besides its
// colour, and the high-contrast themes must draw a visible border or frame on every kind. Photographs each theme.
// Runs after the README's screenshots (file order) and puts Dark Modern back.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { differenceCiede2000, formatHex, wcagContrast } from 'culori';
import { analysedSpans, KINDS } from './painted.mjs';
import { cssChannels, focusEditorAtTop, openWithQuickOpen, paintedTypes, pickExactly, themeKind } from './workbench.mjs';

/** The built-in themes, by the names the Color Theme picker shows. */
const THEMES = [
  { name: 'Dark Modern', kind: 'dark', shot: 'theme-dark-modern', readme: true },
  { name: 'Light Modern', kind: 'light', shot: 'theme-light-modern', readme: true },
  { name: 'Dark High Contrast', kind: 'highContrast', shot: 'theme-high-contrast' },
  { name: 'Light High Contrast', kind: 'highContrastLight', shot: 'theme-high-contrast-light' },
];

/** The smallest CIEDE2000 difference between two kinds' fills as painted. */
const MIN_KIND_DIFFERENCE = 12;

const hex = ({ r, g, b }) => formatHex({ mode: 'rgb', r: r / 255, g: g / 255, b: b / 255 });

/** A translucent computed colour as it shows over the editor's background. */
function over(colour, background) {
  const { r, g, b, a } = colour;
  return hex({ r: r * a + background.r * (1 - a), g: g * a + background.g * (1 - a), b: b * a + background.b * (1 - a) });
}

/** A kind's mark as computed: its borders' styles and widths, its corner radius, and whether it is framed. */
function markOf(style) {
  const sides = ['Top', 'Right', 'Bottom', 'Left'].map((side) => (style[`border${side}Style`] === 'none' || parseFloat(style[`border${side}Width`]) === 0 ? '-' : `${style[`border${side}Style`]} ${style[`border${side}Width`]}`));
  return `${sides.join('/')} radius ${style.borderTopLeftRadius}`;
}

/** True when a border side or the outline is drawn in a colour one can see. */
const visible = (css) => (cssChannels(css)?.a ?? 0) > 0.5;

/** Picks a colour theme as a user does: Preferences: Color Theme, its name, Enter; waits for the workbench to show it. */
async function switchTheme(page, theme) {
  await page.keyboard.press('F1');
  await pickExactly(page, 'Preferences: Color Theme', '>Preferences: Color Theme');
  await pickExactly(page, theme.name);
  await waitForTheme(page, theme.kind);
}

async function waitForTheme(page, kind) {
  const deadline = Date.now() + 20_000;
  while (await themeKind(page) !== kind) {
    if (Date.now() > deadline) throw new Error(`the workbench did not switch to a ${kind} theme`);
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(500); // the decorations' theme colours are applied right after the switch
}

/** The part of the screen that shows the article's lines (the editor's text area, down to its last line). */
async function articleRegion(page) {
  return page.evaluate(() => {
    const lines = document.querySelector('.part.editor .editor-group-container.active .monaco-editor .view-lines');
    const last = [...lines.querySelectorAll('.view-line')].reduce((bottom, line) => Math.max(bottom, line.getBoundingClientRect().bottom), 0);
    const box = lines.closest('.monaco-editor').getBoundingClientRect();
    return { x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(Math.min(box.bottom, last + 12) - box.top) };
  });
}

/** Each kind's decoration type, found by the spans it paints; waits until every kind is painted. */
async function typesByKind(page, text, analysed) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { types, background } = await paintedTypes(page, text);
    const found = Object.fromEntries(KINDS.map((kind) => [kind, types.find((type) => JSON.stringify(type.spans) === JSON.stringify(analysed[kind]))]));
    if (KINDS.every((kind) => found[kind]) || Date.now() > deadline) return { found, background, types };
    await page.waitForTimeout(250);
  }
}

export default function themes({ describe, it }) {
  describe('News Lens VSIX in code-server, the highlights in every theme', () => {
    for (const theme of THEMES) {
      it(`in ${theme.name}: text readable on every fill, kinds apart by colour and by mark`, async ({ page, repoRoot, workspaceDir, screenshot }) => {
        try {
          // The article first: the workbench applies its configured theme while it loads, after the page shows.
          await openWithQuickOpen(page, 'sample-article.news', 'Marchetti');
          await switchTheme(page, theme);
          await focusEditorAtTop(page);
          const { text, analysed } = analysedSpans(repoRoot, join(workspaceDir, 'sample-article.news'));
          const { found, background } = await typesByKind(page, text, analysed);
          await screenshot(theme.shot);
          // The README's pair (media/theme-dark.jpg, media/theme-light.jpg): the article's text, as a JPEG small enough to ship.
          if (theme.readme) await screenshot(theme.shot, { jpeg: true, clip: await articleRegion(page) });
          const missing = KINDS.filter((kind) => !found[kind]);
          assert.deepEqual(missing, [], `no decoration paints exactly these kinds' mentions on screen in ${theme.name}`);
          const editorBackground = cssChannels(background);
          assert.ok(editorBackground, `the editor background is ${background}`);
          const report = [];
          const fills = {};
          for (const kind of KINDS) {
            const { style, textColour } = found[kind];
            const fill = cssChannels(style.backgroundColor);
            const text = cssChannels(textColour);
            assert.ok(fill && text, `${kind}: fill ${style.backgroundColor}, text ${textColour}`);
            fills[kind] = over(fill, editorBackground);
            const contrast = wcagContrast(hex(text), fills[kind]);
            report.push(`${kind} ${fills[kind]} text ${hex(text)} ${contrast.toFixed(2)}:1`);
            assert.ok(contrast >= 4.5, `${kind} in ${theme.name}: text ${hex(text)} on ${fills[kind]} is ${contrast.toFixed(2)}:1`);
          }
          const difference = differenceCiede2000();
          let closest = Infinity;
          for (let i = 0; i < KINDS.length; i++) {
            for (let j = i + 1; j < KINDS.length; j++) {
              const d = difference(fills[KINDS[i]], fills[KINDS[j]]);
              closest = Math.min(closest, d);
              assert.ok(d >= MIN_KIND_DIFFERENCE, `${KINDS[i]} ${fills[KINDS[i]]} and ${KINDS[j]} ${fills[KINDS[j]]} in ${theme.name}: ΔE00 ${d.toFixed(1)}`);
            }
          }
          const marks = KINDS.map((kind) => markOf(found[kind].style));
          assert.equal(new Set(marks).size, KINDS.length, `two kinds share a mark in ${theme.name}: ${marks.join(' | ')}`);
          if (theme.kind.startsWith('highContrast')) {
            for (const kind of KINDS) {
              const { style } = found[kind];
              const bordered = ['Top', 'Right', 'Bottom', 'Left'].some((side) => style[`border${side}Style`] !== 'none' && visible(style[`border${side}Color`] ?? style.borderTopColor));
              const framed = style.outlineStyle !== 'none' && visible(style.outlineColor);
              assert.ok(bordered || framed, `${kind} has no visible border or frame in ${theme.name}: ${JSON.stringify(style)}`);
            }
          }
          console.log(`[e2e] ${theme.name}: ${report.join('; ')}; closest kinds ΔE00 ${closest.toFixed(1)}; marks ${marks.join(' | ')}`);
        } finally {
          if (await themeKind(page) !== 'dark') await switchTheme(page, THEMES[0]);
        }
      });
    }
  });
}
