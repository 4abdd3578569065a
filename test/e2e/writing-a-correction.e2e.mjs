// A correction as a journalist makes it, in test/fixtures/workspace/match-report.news: hover "Chelsea", which the
// taggers call a person, click the card's "This is an organization" link, and .newslens.json appears at the workspace
// root, every Chelsea is painted in the organization colour (exactly where the CLI, which finds the same file, puts
// them), the breadcrumbs put it under Organizations, and the card says the kind came from a correction; News Lens:
// Undo Last Correction paints them as people again and removes the file it made.
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

/** The texts painted in a kind's colour. */
const paintedTexts = (text, spans) => spans.map(([start, end]) => text.slice(start, end));

export default function aCorrectionInTheBrowser({ describe, it }) {
  describe('News Lens VSIX in code-server, correcting a fact', () => {
    it('makes every Chelsea an organization from the hover card\'s link, says so in the card, and Undo Last Correction takes it back', async ({ page, repoRoot, workspaceDir, screenshot }) => {
      const file = join(workspaceDir, 'match-report.news');
      const corrections = join(workspaceDir, '.newslens.json');
      try {
        await openWithQuickOpen(page, 'match-report.news', 'half-time');
        await focusEditorAtTop(page);
        const before = await assertPaintedAsAnalysed(page, repoRoot, file);
        assert.deepEqual(paintedTexts(before.text, before.analysed.person), ['Chelsea', 'Chelsea', 'Chelsea'], 'the fixture needs the taggers to call Chelsea a person');

        const card = await hoverWord(page, 'Chelsea');
        assert.match(card, /This is an organization/, `hover card text: ${JSON.stringify(card)}`);
        await page.locator('.monaco-hover:visible a', { hasText: 'This is an organization' }).first().click();
        await waitUntil(page, () => existsSync(corrections), '.newslens.json to be written');
        assert.deepEqual(JSON.parse(readFileSync(corrections, 'utf8')), { version: 1, corrections: [{ name: 'Chelsea', kind: 'organization' }] });

        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await focusEditorAtTop(page);
        const after = await assertPaintedAsAnalysed(page, repoRoot, file); // the CLI finds the same .newslens.json
        assert.deepEqual(paintedTexts(after.text, after.analysed.organization), ['Chelsea', 'Manchester United', 'Chelsea', 'Chelsea']);
        const breadcrumbs = page.locator('.breadcrumbs-control').first();
        await waitForText(page, breadcrumbs, /Organizations/, 'the breadcrumbs to show Chelsea among the organizations');
        const corrected = await hoverWord(page, 'Chelsea');
        await screenshot('9-correction');
        assert.match(corrected, /Organization/, `hover card text: ${JSON.stringify(corrected)}`);
        assert.match(corrected, /Kind set by a correction in \.newslens\.json/, `hover card text: ${JSON.stringify(corrected)}`);

        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await runCommand(page, 'News Lens: Undo Last Correction');
        await waitUntil(page, () => !existsSync(corrections), 'undo to remove the .newslens.json it made');
        await focusEditorAtTop(page);
        const undone = await assertPaintedAsAnalysed(page, repoRoot, file);
        assert.deepEqual(paintedTexts(undone.text, undone.analysed.person), ['Chelsea', 'Chelsea', 'Chelsea']);
      } finally {
        rmSync(corrections, { force: true });
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
      }
    });
  });
}
