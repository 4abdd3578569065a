// What an editor sees beyond the highlights (issue 14), photographed in the real workbench: a quote's hover card (its
// speaker as the title, the quotation wrapping between words), a duration's card (in words, with its span), the Facts
// sidebar with a fact opened to its mention rows (the mention itself, its line), and a large file's cut ("News Lens
// stopped here"). Runs after the themes file (file order), in Dark Modern.
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusEditorAtTop, hoverWord, openActivityBarView, openFromExplorer, openWithQuickOpen, sidebarRows } from './workbench.mjs';

/** The region of the screen a locator covers, widened a little, for a photograph of just that. */
async function around(locator, margin = 16) {
  const box = await locator.boundingBox();
  return { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/** Moves the mouse off the editor and waits for any hover card to close. */
async function dismissHover(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

export default function whatAnEditorSees({ describe, it }) {
  describe('News Lens VSIX in code-server, what an editor sees', () => {
    it('titles a quote\'s hover card with its speaker and wraps the quotation between words', async ({ page, screenshot }) => {
      await openActivityBarView(page, 'Explorer');
      await openWithQuickOpen(page, 'sample-article.news', 'Marchetti');
      await focusEditorAtTop(page);
      // The card needs the analysis: wait for the first highlights (a fresh worker loads its model first).
      await page.locator('.part.editor .view-overlays div.cdr').first().waitFor({ timeout: 30_000 });
      const card = await hoverWord(page, 'valleys');
      await screenshot('11-quote-hover', { clip: await around(page.locator('.monaco-hover:visible').first()) });
      assert.match(card, /Quote · Sophie Marchetti/, card);
      assert.match(card, /we are buying time with this money/, `the quotation is cut mid-word: ${JSON.stringify(card)}`);
      assert.doesNotMatch(card, /1 mention, first on line/, card);
    });

    it('writes a duration in words with the years it spans', async ({ page, screenshot }) => {
      await dismissHover(page);
      const card = await hoverWord(page, 'five');
      await screenshot('12-duration-hover', { clip: await around(page.locator('.monaco-hover:visible').first()) });
      assert.match(card, /5 years, 2026–2031/, card);
      assert.doesNotMatch(card, /P5Y/, card);
    });

    it('opens a fact in the sidebar to its mention rows: the mention itself, then its line', async ({ page, screenshot }) => {
      await openActivityBarView(page, 'News Lens');
      const person = sidebarRows(page).filter({ hasText: 'Sophie Marchetti' }).first();
      await person.waitFor({ timeout: 20_000 });
      if (await person.getAttribute('aria-expanded') !== 'true') await person.click();
      const mention = sidebarRows(page).filter({ hasText: /line 9/ }).first();
      await mention.waitFor({ timeout: 10_000 });
      const rows = await sidebarRows(page).allInnerTexts();
      await screenshot('13-sidebar-mentions', { clip: await around(page.locator('.part.sidebar').first(), 0) });
      assert.ok(rows.includes('Sophie Marchettiline 7') && rows.includes('Marchettiline 9'), `mention rows (label, then line): ${JSON.stringify(rows)}`);
    });

    it('says where it stopped reading a file larger than newsLens.maxCharacters', async ({ page, workspaceDir, screenshot }) => {
      const paragraphs = readFileSync(join(workspaceDir, 'sample-article.news'), 'utf8').split('\n').slice(4).join('\n');
      let text = 'ALPINE WATER: THE LONG VERSION\n\n';
      while (text.length < 230_000) text += `${paragraphs}\n`;
      const file = join(workspaceDir, 'long-article.news');
      writeFileSync(file, text);
      try {
        // From the Explorer, which its file watcher updates: Quick Open's file search may not know a new file for a
        // while. An earlier file may have folded the Explorer's folder away to show the Outline: unfold it.
        await openActivityBarView(page, 'Explorer');
        const folder = page.locator('.part.sidebar .pane-header', { hasText: /^workspace$/i }).first();
        if (await folder.getAttribute('aria-expanded') === 'false') await folder.click();
        await openFromExplorer(page, 'long-article.news', 'LONG VERSION');
        await focusEditorAtTop(page);
        const cutLine = text.slice(0, 200_000).split('\n').length;
        await page.keyboard.press('Control+G');
        await page.keyboard.type(String(cutLine));
        await page.keyboard.press('Enter');
        // The note is drawn after the text (CSS content), so it is looked for in the rendered lines' ::after.
        await page.waitForFunction((wanted) => [...document.querySelectorAll('.part.editor .view-lines span')]
          .some((span) => getComputedStyle(span, '::after').content.includes(wanted)), 'News Lens stopped here (200,000 characters)', { timeout: 60_000 });
        await page.waitForTimeout(500);
        await screenshot('14-large-file-cut');
      } finally {
        await page.keyboard.press('Control+W');
        rmSync(file, { force: true });
      }
    });
  });
}
