// The contributed highlight colours, as each built-in theme shows them: the editor's text stays readable on every fill
// (WCAG 4.5:1), no two kinds' fills are close (CIEDE2000), and every kind's mark stands out from the background
// (WCAG 3:1 for non-text). The browser test measures the same in a real workbench, from the computed styles.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differenceCiede2000, wcagContrast } from 'culori';
import { FACT_KINDS } from '../../../src/engine/types';
import { REPO_ROOT } from '../cli/runInProcess';
// @ts-expect-error: a plain ES module script, no type declarations
import { composite, THEMES } from '../../../scripts/palette/design.mjs';

type Theme = 'dark' | 'light' | 'highContrast' | 'highContrastLight';
const colours: { id: string; defaults: Record<Theme, string> }[] = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).contributes.colors;
const colour = (id: string, theme: Theme): string => {
  const found = colours.find((c) => c.id === id);
  assert.ok(found, `${id} is not contributed`);
  return found.defaults[theme];
};

/** The smallest colour difference between two kinds' fills a reader must tell apart at a glance. */
const MIN_KIND_DIFFERENCE = 12;

describe('the highlight palette', () => {
  for (const theme of Object.keys(THEMES) as Theme[]) {
    const { background, text } = THEMES[theme] as { background: string; text: string };
    const fills = FACT_KINDS.map((kind) => [kind, composite(colour(`newsLens.${kind}Background`, theme), background)] as const);

    it(`keeps the text readable on every fill in ${theme} (WCAG ≥ 4.5:1)`, () => {
      for (const [kind, fill] of fills) assert.ok(wcagContrast(text, fill) >= 4.5, `${kind}: ${wcagContrast(text, fill).toFixed(2)}:1 on ${fill}`);
    });

    it(`keeps every two kinds' fills apart in ${theme} (CIEDE2000 ≥ ${MIN_KIND_DIFFERENCE})`, () => {
      const difference = differenceCiede2000();
      for (let i = 0; i < fills.length; i++) {
        for (let j = i + 1; j < fills.length; j++) {
          const d = difference(fills[i][1], fills[j][1]);
          assert.ok(d >= MIN_KIND_DIFFERENCE, `${fills[i][0]} ${fills[i][1]} and ${fills[j][0]} ${fills[j][1]}: ΔE00 ${d.toFixed(1)}`);
        }
      }
    });

    it(`draws every kind's mark visibly in ${theme} (WCAG ≥ 3:1 against the background)`, () => {
      for (const kind of FACT_KINDS) {
        const border = colour(`newsLens.${kind}Border`, theme);
        assert.ok(wcagContrast(border, background) >= 3, `${kind}: ${border} ${wcagContrast(border, background).toFixed(2)}:1`);
      }
    });
  }

  it('frames the unboxed kinds in the high-contrast themes only', () => {
    for (const kind of ['person', 'organization', 'date', 'quote']) {
      for (const theme of ['dark', 'light'] as Theme[]) assert.equal(colour(`newsLens.${kind}Frame`, theme), '#00000000', `${kind} ${theme}`);
      for (const theme of ['highContrast', 'highContrastLight'] as Theme[]) {
        assert.ok(wcagContrast(colour(`newsLens.${kind}Frame`, theme), THEMES[theme].background) >= 3, `${kind} ${theme}`);
      }
    }
  });
});
