// A correction as a journalist makes it, in test/fixtures/workspace/match-report.news: hover "Chelsea", click the
// card's "This is an organization" link (or "This is a place", should the taggers already call Chelsea an
// organization), and .newslens.json appears at the workspace root, every Chelsea is painted in that kind's colour
// (exactly where the CLI, which finds the same file, puts them), the breadcrumbs put it under that kind, and the card
// says the kind came from a correction; News Lens: Undo Last Correction paints them as before and removes the file.
// Runs last (file order): an editor it leaves open would be the first the earlier files' screen readers find.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { assertPaintedAsAnalysed } from './painted.mjs';
import { focusEditorAtTop, hoverWord, openWithQuickOpen, runCommand } from './workbench.mjs';

/** Polls until `condition()` holds (a file written by the extension), failing with `message` after `timeoutMs`. */
async function waitUntil(page, condition, message, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting: ${message}`);
    await page.waitForTimeout(100);
  }
}

/** Polls until the locator's text matches `pattern`. */
async function waitForText(page, locator, pattern, message, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let text = await locator.innerText();
  while (!pattern.test(text)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting: ${message} (it shows ${JSON.stringify(text)})`);
    await page.waitForTimeout(100);
    text = await locator.innerText();
  }
}

/** How the card's link and the breadcrumbs name each kind a correction can set. */
const KIND_WORDS = {
  organization: { link: 'This is an organization', heading: 'Organizations', title: 'Organization' },
  place: { link: 'This is a place', heading: 'Places', title: 'Place' },
  person: { link: 'This is a person', heading: 'People', title: 'Person' },
};

/** The texts painted in a kind's colour. */
const paintedTexts = (text, spans) => spans.map(([start, end]) => text.slice(start, end));

export default function aCorrectionInTheBrowser({ describe, it }) {
  describe('News Lens VSIX in code-server, correcting a fact', () => {
    it('gives every Chelsea another kind from the hover card\'s link, says so in the card, and Undo Last Correction takes it back', async ({ page, repoRoot, workspaceDir, screenshot }) => {
      const file = join(workspaceDir, 'match-report.news');
      const corrections = join(workspaceDir, '.newslens.json');
      try {
        await openWithQuickOpen(page, 'match-report.news', 'half-time');
        await focusEditorAtTop(page);
        const before = await assertPaintedAsAnalysed(page, repoRoot, file);
        const found = Object.keys(before.analysed).filter((kind) => paintedTexts(before.text, before.analysed[kind]).includes('Chelsea'));
        assert.equal(Object.values(before.analysed).flatMap((spans) => paintedTexts(before.text, spans)).filter((text) => text === 'Chelsea').length, 3, 'the fixture needs the taggers to find every Chelsea');
        const target = ['organization', 'place', 'person'].find((kind) => !found.includes(kind));
        const words = KIND_WORDS[target];

        const card = await hoverWord(page, 'Chelsea');
        assert.ok(card.includes(words.link), `hover card text: ${JSON.stringify(card)}`);
        await page.locator('.monaco-hover:visible a', { hasText: words.link }).first().click();
        await waitUntil(page, () => existsSync(corrections), '.newslens.json to be written');
        assert.deepEqual(JSON.parse(readFileSync(corrections, 'utf8')), { version: 1, corrections: [{ name: 'Chelsea', kind: target }] });

        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await focusEditorAtTop(page);
        const after = await assertPaintedAsAnalysed(page, repoRoot, file); // the CLI finds the same .newslens.json
        assert.equal(paintedTexts(after.text, after.analysed[target]).filter((text) => text === 'Chelsea').length, 3, `every Chelsea painted as ${target}`);
        const breadcrumbs = page.locator('.breadcrumbs-control').first();
        await waitForText(page, breadcrumbs, new RegExp(words.heading), `the breadcrumbs to show Chelsea under ${words.heading}`);
        const corrected = await hoverWord(page, 'Chelsea');
        await screenshot('9-correction');
        assert.ok(corrected.includes(words.title), `hover card text: ${JSON.stringify(corrected)}`);
        assert.match(corrected, /Kind set by a correction in \.newslens\.json/, `hover card text: ${JSON.stringify(corrected)}`);

        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await runCommand(page, 'News Lens: Undo Last Correction');
        await waitUntil(page, () => !existsSync(corrections), 'undo to remove the .newslens.json it made');
        await focusEditorAtTop(page);
        const undone = await assertPaintedAsAnalysed(page, repoRoot, file);
        assert.deepEqual(undone.analysed, before.analysed, 'undo did not paint the article as before');
      } finally {
        rmSync(corrections, { force: true });
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
      }
    });
  });
}
