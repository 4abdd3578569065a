// The highlights as a user sees them, read from the painted editor: inside the extension host no API reads
// decorations back, so this is where "what the engine found is what the editor paints" is proven. Each kind's mentions
// (as the engine gives them: the repo's CLI on the same file, built with the VSIX) must be painted in that kind's theme
// colour (`contributes.colors`, dark theme) at exactly their characters, and nothing else in that colour; a kind
// switched off is painted no more, and comes back; a file that is not an article is not painted until News Lens is
// switched on for it. test/vscode/decorations.test.ts keeps what the extension host can prove: the ranges the
// highlighter hands to setDecorations. Runs after the files whose screenshots illustrate the README (file order),
// so they show none of the editors it opens.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPaintedAsAnalysed, KINDS, nothingPainted, QUIET_MS, waitForPaint } from './painted.mjs';
import { focusEditorAtTop, openWithQuickOpen, runCommand } from './workbench.mjs';

export default function whatTheEditorPaints({ describe, it }) {
  describe('News Lens VSIX in code-server, what the editor paints', () => {
    it('paints each kind\'s mentions of the sample article in that kind\'s theme colour, at exactly their characters', async ({ page, repoRoot, workspaceDir, screenshot }) => {
      const file = join(workspaceDir, 'sample-article.news');
      await openWithQuickOpen(page, 'sample-article.news', 'Marchetti');
      await focusEditorAtTop(page);
      const { text, analysed } = await assertPaintedAsAnalysed(page, repoRoot, file);
      await screenshot('8-painted-sample-article');
      // The comparison above is only as strong as what the engine found: every kind is there, and these facts too.
      for (const kind of KINDS) assert.ok(analysed[kind].length > 0, `the engine found no ${kind} in the sample article`);
      const paintedText = (kind) => analysed[kind].map(([start, end]) => text.slice(start, end));
      assert.ok(paintedText('person').includes('Sophie Marchetti'), JSON.stringify(paintedText('person')));
      assert.ok(paintedText('place').includes('Zermatt'), JSON.stringify(paintedText('place')));
      assert.ok(paintedText('figure').includes('1.2 billion Swiss francs'), JSON.stringify(paintedText('figure')));
      assert.ok(paintedText('date').includes('August 2023'), JSON.stringify(paintedText('date')));
      assert.ok(paintedText('quote').some((quote) => quote.startsWith('Every town in these valleys')), JSON.stringify(paintedText('quote')));
    });

    it('stops painting people when Toggle Person Highlights switches them off, leaves the other kinds, and paints them again', async ({ page, repoRoot, workspaceDir, screenshot }) => {
      const file = join(workspaceDir, 'sample-article.news');
      const others = KINDS.filter((kind) => kind !== 'person');
      let off = false;
      try {
        await runCommand(page, 'News Lens: Toggle Person Highlights');
        off = true;
        await focusEditorAtTop(page);
        await assertPaintedAsAnalysed(page, repoRoot, file, others);
        await screenshot('9-people-switched-off');
        await runCommand(page, 'News Lens: Toggle Person Highlights');
        off = false;
        await focusEditorAtTop(page);
        await assertPaintedAsAnalysed(page, repoRoot, file);
      } finally {
        if (off) await runCommand(page, 'News Lens: Toggle Person Highlights'); // the user setting, as it was
      }
    });

    it('stops painting every kind with Toggle All Highlights, and paints them all again', async ({ page, repoRoot, workspaceDir }) => {
      const file = join(workspaceDir, 'sample-article.news');
      let off = false;
      try {
        await runCommand(page, 'News Lens: Toggle All Highlights');
        off = true;
        await focusEditorAtTop(page);
        await assertPaintedAsAnalysed(page, repoRoot, file, []);
        await runCommand(page, 'News Lens: Toggle All Highlights');
        off = false;
        await focusEditorAtTop(page);
        await assertPaintedAsAnalysed(page, repoRoot, file);
      } finally {
        if (off) await runCommand(page, 'News Lens: Toggle All Highlights');
      }
    });

    for (const [name, shows] of [['notes.md', 'Halvorsen'], ['plain.txt', 'Merkel']]) {
      it(`paints a ${name.endsWith('.md') ? 'Markdown' : 'plain-text'} article (${name}) as the engine analyses it`, async ({ page, repoRoot, workspaceDir }) => {
        await openWithQuickOpen(page, name, shows);
        await focusEditorAtTop(page);
        const { analysed } = await assertPaintedAsAnalysed(page, repoRoot, join(workspaceDir, name));
        assert.ok(analysed.person.length > 0, `the engine found no person in ${name}`);
      });
    }

    it('does not paint a file that is not an article (code.js), until Toggle for This File switches News Lens on for it', async ({ page, repoRoot, workspaceDir, screenshot }) => {
      const file = join(workspaceDir, 'code.js');
      const text = readFileSync(file, 'utf8');
      await openWithQuickOpen(page, 'code.js', 'Merkel');
      await focusEditorAtTop(page);
      const { painted: quiet } = await waitForPaint(page, repoRoot, text, (painted) => !nothingPainted(painted), QUIET_MS);
      assert.ok(nothingPainted(quiet), `code.js is painted: ${JSON.stringify(quiet)}`);
      let on = false;
      try {
        // The same check sees paint as soon as News Lens treats the file as an article: it is not blind.
        await runCommand(page, 'News Lens: Toggle for This File');
        on = true;
        await focusEditorAtTop(page);
        const { painted } = await assertPaintedAsAnalysed(page, repoRoot, file);
        assert.ok(painted.person.some(([start, end]) => text.slice(start, end) === 'Angela Merkel'), `Angela Merkel is not painted as a person in code.js: ${JSON.stringify(painted)}`);
        await screenshot('10-code-switched-on');
        await runCommand(page, 'News Lens: Toggle for This File');
        on = false;
        const { painted: after } = await waitForPaint(page, repoRoot, text, nothingPainted);
        assert.ok(nothingPainted(after), `code.js is still painted after Toggle for This File switched News Lens off: ${JSON.stringify(after)}`);
      } finally {
        if (on) await runCommand(page, 'News Lens: Toggle for This File');
      }
    });
  });
}

