// The draft checks as a journalist meets them: test/fixtures/workspace/checks-draft.news (one planted mistake per
// rule) opened in the browser, its News Lens findings in the Problems panel, then the quick fix menu on the wrong
// weekday. The two screenshots (test-results/screenshots/checks-problems.png, checks-quick-fix.png) are the README's.
import * as assert from 'node:assert/strict';
import { clickWord, openWithQuickOpen, runCommand } from './workbench.mjs';

/** The Problems panel's rows (the markers tree). */
const problemRows = (page) => page.locator('.markers-panel .monaco-list-row');

/** The quick fix menu (Ctrl+.) and its entries. */
const quickFixMenu = (page) => page.locator('.action-widget').first();

export default function draftChecksInTheBrowser({ describe, it }) {
  describe('News Lens VSIX in code-server, draft checks', () => {
    it('lists the News Lens findings of checks-draft.news in the Problems panel', async ({ page, screenshot }) => {
      await openWithQuickOpen(page, 'checks-draft.news', 'Harbour plan');
      await page.keyboard.press('Control+Shift+M'); // workbench.actions.view.problems
      const weekday = problemRows(page).filter({ hasText: 'is a Wednesday, not a Thursday' }).first();
      await weekday.waitFor({ timeout: 30_000 });
      await problemRows(page).filter({ hasText: 'title-case' }).first().waitFor({ timeout: 10_000 });
      await page.waitForTimeout(500); // let the tree settle before the picture
      const rows = await problemRows(page).allInnerTexts();
      await screenshot('checks-problems');
      assert.ok(rows.some((row) => row.includes('News Lens') && row.includes('weekday-date')), `Problems rows: ${JSON.stringify(rows)}`);
      for (const rule of ['name-variant', 'numerals', 'percent-style', 'unattributed-quote']) {
        assert.ok(rows.some((row) => row.includes(rule)), `no ${rule} finding among the Problems rows: ${JSON.stringify(rows)}`);
      }
    });

    it('offers Change to "Wednesday" in the quick fix menu on the wrong weekday', async ({ page, screenshot }) => {
      await clickWord(page, 'Thursday');
      await page.keyboard.press('Control+.');
      const menu = quickFixMenu(page);
      await menu.waitFor({ state: 'visible', timeout: 15_000 });
      await menu.locator('.monaco-list-row', { hasText: 'Change to "Wednesday"' }).first().waitFor({ timeout: 15_000 });
      const entries = await menu.locator('.monaco-list-row').allInnerTexts();
      await screenshot('checks-quick-fix');
      assert.ok(entries.some((entry) => entry.includes('Change to "Wednesday"')), `quick fix menu: ${JSON.stringify(entries)}`);
      // Leave the workbench as the next tests expect it: no menu, no panel, no extra editor.
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Hide Panel');
      await runCommand(page, 'View: Close Editor');
    });
  });
}
