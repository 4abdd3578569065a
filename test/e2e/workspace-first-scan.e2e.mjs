// A folder of 1,500 articles opened for the first time, in a second browser tab of the same code-server: the first
// scan shows a cancellable notification; a click on its Cancel button stops the scan (the notification goes, the
// Workspace scope says how far it got, no more of its files are read while a file saved meanwhile is still indexed),
// and News Lens: Rescan the Workspace reads the rest in a cancellable notification again. The tab and the folder go
// at the end, so the other files' tests keep their own window.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { notificationButton, notificationToast, openActivityBarView, runCommand, sidebarRows, sidebarViewMessage } from './workbench.mjs';

const FILES = 1_500;
const PER_FOLDER = 100;
const TITLE = 'News Lens: indexing the workspace';
/** Files the index looks at at once: those under way at the Cancel still finish. */
const UNDER_WAY = 8;

const article = (i) => `Harbour works, part ${i}\n\nGENEVA, March ${(i % 28) + 1}, 2026 (Reuters) - Lena Aebischer, the harbour master, said on Friday that part ${i} of the works would cost ${(i % 9) + 1}.5 million francs. "We start in June, and the quay reopens in the autumn," she told reporters. The city council approved the plan in a vote on Thursday.\n`;

/** The folder and tab these tests share (the runner runs them in order). */
const state = { folder: undefined, page: undefined, cancelledAt: undefined, kept: undefined };

/** Writes the articles in folders of PER_FOLDER, beside the run's own workspace. */
function generateFolder(workspaceDir) {
  const folder = join(dirname(workspaceDir), 'first-scan-workspace');
  rmSync(folder, { recursive: true, force: true });
  for (let i = 1; i <= FILES; i++) {
    const sub = join(folder, `day-${String(Math.ceil(i / PER_FOLDER)).padStart(2, '0')}`);
    if (i % PER_FOLDER === 1) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `part-${String(i).padStart(4, '0')}.news`), article(i));
  }
  return folder;
}

/** A screenshot of this file's tab (the runner's `screenshot` takes the first tab's), in test-results/screenshots/. */
const screenshotOfTab = (repoRoot, name) => state.page.screenshot({ path: join(repoRoot, 'test-results', 'screenshots', `${name}.png`) });

/** "1,234" as 1234. */
const number = (text) => Number(text.replace(/,/g, ''));

/** Polls the locator's text until it matches `pattern`; returns the match. */
async function waitForMatch(page, locator, pattern, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await locator.innerText().catch(() => '');
    const match = pattern.exec(text);
    if (match) return match;
    if (Date.now() > deadline) assert.fail(`timed out waiting: ${what} (it shows ${JSON.stringify(text)})`);
    await page.waitForTimeout(100);
  }
}

export default function firstScanInTheBrowser({ describe, it }) {
  describe('News Lens VSIX in code-server, the first scan of a large folder', () => {
    it(`shows a cancellable notification while it indexes ${FILES.toLocaleString('en')} articles in a folder opened for the first time`, async ({ page, workspaceDir, repoRoot }) => {
      state.folder = generateFolder(workspaceDir);
      state.page = await page.context().newPage();
      await state.page.goto(`${new URL(page.url()).origin}/?folder=${encodeURIComponent(state.folder)}`);
      await state.page.waitForSelector('.monaco-workbench', { timeout: 30_000 });
      const toast = notificationToast(state.page, TITLE);
      await waitForMatch(state.page, toast, new RegExp(`\\d+ of ${FILES.toLocaleString('en')} files`), 'the notification counting the files', 45_000);
      await notificationButton(toast, 'Cancel').waitFor({ timeout: 5_000 });
      await screenshotOfTab(repoRoot, 'first-scan-notification');
    });

    it('stops at a click on Cancel: the notification goes, and the Workspace scope says how far the scan got', async ({ repoRoot }) => {
      assert.ok(state.page, 'the first test opened no tab');
      const { page } = state;
      const toast = notificationToast(page, TITLE);
      await waitForMatch(page, toast, /([1-9]\d+|[1-9],\d{3}) of /, 'the scan to look at ten files');
      await notificationButton(toast, 'Cancel').click();
      await toast.waitFor({ state: 'hidden', timeout: 10_000 });
      await openActivityBarView(page, 'News Lens');
      await runCommand(page, 'News Lens: Show the Facts of the Whole Workspace');
      const [, done, files, articles] = await waitForMatch(page, sidebarViewMessage(page), /Indexing cancelled at ([\d,]+) of ([\d,]+) files, ([\d,]+) articles? indexed: News Lens: Rescan the Workspace reads the rest/, 'the cancelled scan\'s message');
      assert.equal(number(files), FILES);
      assert.ok(number(done) < FILES, `the scan had finished (${done} of ${files}) before the click`);
      assert.ok(number(articles) > 0 && number(articles) <= number(done), `${articles} articles indexed, ${done} files looked at`);
      // What was read stays listed: the person of every generated article, in how many of them so far.
      const person = sidebarRows(page).filter({ hasText: 'Lena Aebischer' }).first();
      await person.waitFor({ timeout: 15_000 });
      const [, inArticles] = await waitForMatch(page, person, /([\d,]+) articles/, 'the person\'s article count');
      assert.ok(number(inArticles) > 0 && number(inArticles) <= FILES, `Lena Aebischer in ${inArticles} articles`);
      await screenshotOfTab(repoRoot, 'first-scan-cancelled');
      state.cancelledAt = number(done);
      state.kept = number(articles);
      assert.equal(await notificationToast(page, TITLE).isVisible(), false, 'a notification came back after the Cancel');
    });

    it('reads no more of the cancelled scan\'s files, while a file saved meanwhile is still indexed', async () => {
      assert.ok(state.kept !== undefined, 'the scan was not cancelled');
      const { page } = state;
      writeFileSync(join(state.folder, 'late.news'), article(9_999).replace('Lena Aebischer', 'Ottilie Brandstetter'));
      await sidebarRows(page).filter({ hasText: 'Ottilie Brandstetter' }).first().waitFor({ timeout: 20_000 });
      // A scan still going would have read dozens of files while the watcher's file waited its turn (300 ms at least);
      // the files under way at the Cancel finish, and are counted.
      const [, done, articles] = await waitForMatch(page, sidebarViewMessage(page), /Indexing cancelled at ([\d,]+) of [\d,]+ files, ([\d,]+) articles? indexed/, 'the cancelled scan\'s message');
      assert.ok(number(done) >= state.cancelledAt && number(done) <= state.cancelledAt + UNDER_WAY, `the cancelled scan looked at ${done} files, ${state.cancelledAt} by the Cancel`);
      assert.equal(number(articles), number(done) + 1, 'the articles indexed are not those the scan looked at and the one saved since');
    });

    it('Rescan the Workspace reads the rest, in a cancellable notification again', async ({ repoRoot }) => {
      assert.ok(state.kept !== undefined, 'the scan was not cancelled');
      const { page } = state;
      await runCommand(page, 'News Lens: Rescan the Workspace');
      const toast = notificationToast(page, TITLE);
      await waitForMatch(page, toast, new RegExp(`of ${(FILES + 1).toLocaleString('en')} files`), 'the Rescan\'s notification');
      assert.ok(await notificationButton(toast, 'Cancel').isVisible(), 'the Rescan cannot be cancelled');
      await waitForMatch(page, sidebarViewMessage(page), /^Indexing the workspace: [\d,]+ of [\d,]+ files/, 'the Workspace scope to say the Rescan is under way');
      await screenshotOfTab(repoRoot, 'first-scan-rescan');
      await toast.waitFor({ state: 'hidden', timeout: 50_000 });
      await waitForMatch(page, sidebarViewMessage(page), new RegExp(`^${(FILES + 1).toLocaleString('en')} articles in the workspace`), 'the finished index\'s message', 10_000);
    });

    it('closes the tab and removes the folder', async () => {
      await state.page?.close();
      if (state.folder) rmSync(state.folder, { recursive: true, force: true });
    });
  });
}
