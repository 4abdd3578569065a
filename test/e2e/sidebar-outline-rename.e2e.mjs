// Navigating the sample article by its facts in the browser: the Outline, Rename Symbol, the filtered Facts sidebar.
// Runs after seed-article.e2e.mjs (file order), which leaves the sample article open; its JPEGs illustrate the README.
import * as assert from 'node:assert/strict';
import { answerQuickInput, clickWord, openActivityBarView, regionAround, renameInput, runCommand, showOutline, sidebarRows } from './workbench.mjs';

/** The side bar and the editor's left part: what the README images show. */
async function sidebarAndEditor(page) {
  const sidebar = await regionAround(page.locator('.part.sidebar').first());
  return { x: 0, y: 0, width: Math.min(1400, sidebar.x + sidebar.width + 480), height: sidebar.y + sidebar.height };
}

/** Polls the side bar's rows until `check(rows)` holds; returns the last rows seen. */
async function waitForRows(page, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let rows = await sidebarRows(page).allInnerTexts();
  while (!check(rows) && Date.now() < deadline) {
    await page.waitForTimeout(250);
    rows = await sidebarRows(page).allInnerTexts();
  }
  return rows;
}

export default function navigationInTheBrowser({ describe, it }) {
  describe('News Lens VSIX in code-server, navigating the sample article', () => {
    it('lists the article\'s facts by kind in the Outline', async ({ page, screenshot }) => {
      await page.keyboard.press('Escape');
      await showOutline(page);
      const rows = await waitForRows(page, (texts) => texts.some((row) => row.includes('People')) && texts.some((row) => row.includes('Sophie Marchetti')));
      await screenshot('5-outline', { jpeg: true, clip: await sidebarAndEditor(page) });
      assert.ok(rows.some((row) => row.includes('Sophie Marchetti')), `outline rows: ${JSON.stringify(rows)}`);
      assert.ok(rows.some((row) => /^Dates\d+$/.test(row)), `outline rows: ${JSON.stringify(rows)}`);
    });

    it('renames Sophie Marchetti everywhere with Rename Symbol (F2), and one Undo restores her', async ({ page, screenshot }) => {
      await clickWord(page, 'Marchetti');
      await page.keyboard.press('F2');
      const input = renameInput(page);
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      assert.equal(await input.inputValue(), 'Sophie Marchetti');
      await input.fill('Sophie Moretti');
      const box = await regionAround(page.locator('.rename-box').first());
      await screenshot('6-rename', { jpeg: true, clip: { x: Math.max(0, box.x - 320), y: Math.max(0, box.y - 90), width: 960, height: 330 } });
      await page.keyboard.press('Enter');
      const renamed = page.locator('.monaco-editor .view-lines', { hasText: 'Moretti told' }).first();
      await renamed.waitFor({ timeout: 15_000 });
      const text = await page.locator('.monaco-editor .view-lines').first().innerText();
      assert.ok(!text.includes('Marchetti'), `"Marchetti" left after the rename: ${JSON.stringify(text.slice(0, 600))}`);
      await page.keyboard.press('Control+Z');
      await page.locator('.monaco-editor .view-lines', { hasText: 'Marchetti told' }).first().waitFor({ timeout: 15_000 });
    });

    it('previews a rename (Ctrl+Enter) with the changes listed, and discarding it leaves the draft as it was', async ({ page, screenshot }) => {
      await clickWord(page, 'Marchetti');
      await page.keyboard.press('F2');
      const input = renameInput(page);
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('Sophie Moretti');
      await page.keyboard.press('Control+Enter');
      const panel = page.locator('.part.panel');
      const change = panel.locator('.monaco-list-row', { hasText: 'Moretti' }).first();
      await change.waitFor({ timeout: 15_000 });
      await screenshot('6b-rename-preview', { jpeg: true });
      const rows = await panel.locator('.monaco-list-row').allInnerTexts();
      assert.ok(rows.some((row) => row.includes('sample-article')), `preview rows: ${JSON.stringify(rows)}`);
      await panel.getByRole('button', { name: 'Discard' }).first().click();
      await change.waitFor({ state: 'detached', timeout: 15_000 });
      const text = await page.locator('.monaco-editor .view-lines').first().innerText();
      assert.ok(text.includes('Marchetti') && !text.includes('Moretti'), `the draft changed: ${JSON.stringify(text.slice(0, 600))}`);
    });

    it('filters the Facts sidebar to the facts containing "Marchetti"', async ({ page, screenshot }) => {
      await openActivityBarView(page, 'News Lens');
      await runCommand(page, 'News Lens: Filter Facts');
      await answerQuickInput(page, 'Marchetti');
      const rows = await waitForRows(page, (texts) => texts.some((row) => row.includes('Sophie Marchetti')) && !texts.some((row) => row.includes('Jonas Berger')));
      await sidebarRows(page).filter({ hasText: 'Sophie Marchetti' }).first().click(); // her mentions, and her quote under her
      const expanded = await waitForRows(page, (texts) => texts.some((row) => row.startsWith('said “Every town')));
      assert.ok(expanded.some((row) => row.startsWith('said “Every town')), `her quote is not under her: ${JSON.stringify(expanded)}`);
      await page.mouse.move(200, 700); // away from the activity bar's tooltip
      await screenshot('7-sidebar-filter', { jpeg: true, clip: await sidebarAndEditor(page) });
      assert.ok(rows.some((row) => row.includes('Sophie Marchetti')), `sidebar rows: ${JSON.stringify(rows)}`);
      assert.ok(!rows.some((row) => row.includes('Jonas Berger')), `sidebar rows: ${JSON.stringify(rows)}`);
      await runCommand(page, 'News Lens: Clear Facts Filter');
      const cleared = await waitForRows(page, (texts) => texts.some((row) => row.includes('Jonas Berger')));
      assert.ok(cleared.some((row) => row.includes('Jonas Berger')), `sidebar rows after clearing: ${JSON.stringify(cleared)}`);
    });
  });
}
