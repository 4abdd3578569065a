// What a journalist sees after installing the VSIX: the seed article painted as analysed, a hover card, the facts sidebar
// (skipped when the runner had no seed article for the workspace), then the sample article's card.
// Screenshots of each step go to test-results/screenshots/.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPaintedAsAnalysed, KINDS } from './painted.mjs';
import { focusEditorAtTop, hoverWord, openActivityBarView, openFromExplorer, sidebarRows } from './workbench.mjs';

/** The person these tests follow, as test/fixtures/seed-article.json names him: full name (with the role) and short form. */
function seedPerson(id) {
  const facts = JSON.parse(readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));
  const names = facts.names.filter((name) => name.entity === id);
  return { name: names.find((name) => name.role).text, short: names.find((name) => !name.role).text };
}

const PERSON = seedPerson('person:mikhail-mishustin');

/** First line of a test of the seed article: skips it when the workspace lacks one (the shared folder is absent). */
function needsSeedArticle(workspaceDir, skip) {
  if (!existsSync(join(workspaceDir, 'seed-article.news'))) {
    skip('they need the seed article (../shared/corpus/seed/ or NEWSLENS_SHARED), which this workspace lacks');
  }
}

export default function seedArticleInTheBrowser({ describe, it }) {
  describe('News Lens VSIX in code-server, seed article', () => {
    it('opens seed-article.news from the Explorer', async ({ page, workspaceDir, skip }) => {
      needsSeedArticle(workspaceDir, skip);
      await openFromExplorer(page, 'seed-article.news', PERSON.short);
    });

    it('paints its people, organizations, places, dates, figures and quotes in their theme colours, exactly where the engine found them', async ({ page, repoRoot, screenshot, workspaceDir, skip }) => {
      needsSeedArticle(workspaceDir, skip);
      await focusEditorAtTop(page);
      const { analysed } = await assertPaintedAsAnalysed(page, repoRoot, join(workspaceDir, 'seed-article.news'));
      await screenshot('1-highlights');
      assert.deepEqual(KINDS.filter((kind) => analysed[kind].length === 0), [], 'kinds the engine found none of in the seed article');
    });

    it(`shows a hover card for "${PERSON.short}" naming ${PERSON.name} as a person`, async ({ page, screenshot, workspaceDir, skip }) => {
      needsSeedArticle(workspaceDir, skip);
      const card = await hoverWord(page, PERSON.short);
      await screenshot('2-hover');
      assert.ok(card.includes(PERSON.name), `hover card text: ${JSON.stringify(card)}`);
      assert.match(card, /person/i, `hover card text: ${JSON.stringify(card)}`);
    });

    it(`lists the facts in the News Lens sidebar, with ${PERSON.short} among the people`, async ({ page, screenshot, workspaceDir, skip }) => {
      needsSeedArticle(workspaceDir, skip);
      await openActivityBarView(page, 'News Lens');
      const people = sidebarRows(page).filter({ hasText: /People/i }).first();
      await people.waitFor({ timeout: 20_000 });
      const person = sidebarRows(page).filter({ hasText: PERSON.name }).first();
      if (!(await person.isVisible())) await people.click(); // expand the kind if it starts collapsed
      await person.waitFor({ timeout: 10_000 });
      await screenshot('3-sidebar');
      const rows = await sidebarRows(page).allInnerTexts();
      assert.ok(rows.some((row) => /People/i.test(row)), `sidebar rows: ${JSON.stringify(rows)}`);
      assert.ok(rows.some((row) => row.includes(PERSON.name)), `sidebar rows: ${JSON.stringify(rows)}`);
    });

    it('annotates the sample article with its own dateline date and card (the README screenshot)', async ({ page, screenshot }) => {
      await openActivityBarView(page, 'Explorer');
      await openFromExplorer(page, 'sample-article.news', 'Marchetti');
      await openActivityBarView(page, 'News Lens');
      const marchetti = sidebarRows(page).filter({ hasText: 'Sophie Marchetti' }).first();
      await marchetti.waitFor({ timeout: 20_000 });
      const card = await hoverWord(page, 'Marchetti');
      await screenshot('4-sample-article', { jpeg: true });
      assert.match(card, /Sophie Marchetti/, `hover card text: ${JSON.stringify(card)}`);
      assert.match(card, /Environment Minister/, `hover card text: ${JSON.stringify(card)}`);
    });
  });
}
