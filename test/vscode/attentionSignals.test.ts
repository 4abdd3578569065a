// What asks for the editor's attention outside the text: the Facts view's badge only for draft-check findings or a
// partial result (never a count of plain facts), the view's "partial", and the status bar's short "42 facts".
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { FACT_KINDS } from '../../src/engine/types';
import type { NewsLensApi } from '../../src/extension';
import { countFacts } from '../../src/format/factGroups';
import { discard, freshDraft, newsLens, showAndAnalyse, untitled, waitFor, withSetting, workspaceUri } from './support';

describe('badge and status bar', () => {
  let api: NewsLensApi;
  const drafts: vscode.TextEditor[] = [];
  const restores: Array<() => Promise<void>> = [];

  before(async () => {
    api = await newsLens();
  });
  afterEach(async () => {
    for (const restore of restores.splice(0).reverse()) await restore();
    for (const draft of drafts.splice(0)) await discard(draft);
  });

  /** The number of facts the article has, by the same grouping the sidebar lists. */
  async function factCount(document: vscode.TextDocument): Promise<number> {
    const analysis = await api.analysisFor(document.uri);
    assert.ok(analysis, `${document.uri.toString()} was not analysed`);
    const counts = countFacts(analysis);
    return FACT_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  }

  it('shows no badge and reads "N facts" for an article with facts and no findings', async () => {
    const draft = await untitled('news', 'Angela Merkel visited Berlin on Monday with Emmanuel Macron.\n');
    drafts.push(draft);
    assert.deepStrictEqual((await api.analysisFor(draft.document.uri))?.findings ?? [], [], 'the clean draft has findings');
    const facts = await factCount(draft.document);
    assert.ok(facts >= 3, `only ${facts} facts`);
    await waitFor(() => api.statusBar().text === `$(book) ${facts} facts`, `status bar "${facts} facts": ${JSON.stringify(api.statusBar())}`);
    assert.strictEqual(api.factsView().badge, undefined, 'a badge for plain facts');
    assert.strictEqual(api.factsView().description, undefined);
    const { tooltip } = api.statusBar();
    for (const line of ['People: 2', 'Places: 1', 'Dates: 1']) assert.ok(tooltip.includes(line), `status bar tooltip without "${line}": ${tooltip}`);
  });

  it('counts the draft checks\' findings in the badge and the status bar', async () => {
    const draft = await showAndAnalyse(await freshDraft('news', (await vscode.workspace.fs.readFile(workspaceUri('checks-draft.news'))).toString()));
    drafts.push(draft);
    const findings = (await api.analysisFor(draft.document.uri))?.findings ?? [];
    assert.ok(findings.length > 0, 'the checks draft has no findings');
    // The settings may switch some rules off: the badge counts what the Problems panel shows.
    await waitFor(() => vscode.languages.getDiagnostics(draft.document.uri).some((d) => d.source === 'News Lens'), 'the draft\'s diagnostics');
    const shown = vscode.languages.getDiagnostics(draft.document.uri).filter((d) => d.source === 'News Lens').length;
    await waitFor(() => api.factsView().badge?.value === shown, `a badge of ${shown}: ${JSON.stringify(api.factsView().badge)}`);
    assert.match(api.factsView().badge?.tooltip ?? '', new RegExp(`^${shown} draft-check findings? in this article$`));
    const facts = await factCount(draft.document);
    await waitFor(() => api.statusBar().text === `$(book) ${facts} facts · $(checklist) ${shown}`, `the status bar: ${JSON.stringify(api.statusBar())}`);
  });

  it('shows 1 and says "partial" in the badge, the view and the status bar when the article is cut', async () => {
    restores.push(await withSetting('newsLens.maxCharacters', 1000));
    const sentence = 'Angela Merkel visited Berlin on Monday. ';
    const draft = await untitled('news', sentence.repeat(Math.ceil(3000 / sentence.length)));
    drafts.push(draft);
    const analysis = await api.analysisFor(draft.document.uri);
    assert.ok(analysis && analysis.analysedChars <= 1000, `analysed ${analysis?.analysedChars} characters`);
    assert.deepStrictEqual(analysis.findings ?? [], [], 'the repeated sentence has findings');
    await waitFor(() => api.factsView().badge?.value === 1, `a badge of 1: ${JSON.stringify(api.factsView().badge)}`);
    assert.match(api.factsView().badge?.tooltip ?? '', /^Partial result: only the first [\d,]+ characters were analysed/);
    assert.strictEqual(api.factsView().description, 'partial');
    assert.match(api.statusBar().text, /^\$\(warning\) \d+ facts? · partial$/);
  });
});
