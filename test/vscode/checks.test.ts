// The draft checks as an editor meets them: diagnostics in the Problems panel for each rule on a draft with planted
// mistakes (test/fixtures/workspace/checks-draft.news), quick fixes that give the right text as one undoable edit,
// the per-rule settings, "Disable this rule", "These are different people", inline switches, and the sidebar's
// Checks group. Each test works on an unsaved copy of the fixture, so nothing is written to the workspace.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { discard, freshDraft, newsLens, showAndAnalyse, snapshotSettings, waitFor, workspaceUri } from './support';

/** Every rule's setting, put back after each test. */
const CHECK_SETTINGS = ['enabled', 'name-variant', 'weekday-date', 'unattributed-quote', 'first-reference', 'title-case', 'numerals',
  'percent-style', 'attribution-tense', 'anonymous-source', 'numeralStyle'].map((key) => `newsLens.checks.${key}`);

/** The News Lens diagnostics of a document, as "rule: text". */
function findings(document: vscode.TextDocument): string[] {
  return vscode.languages.getDiagnostics(document.uri)
    .filter((d) => d.source === 'News Lens')
    .map((d) => `${String(d.code)}: ${document.getText(d.range)}`);
}

/** The diagnostic of one rule, waiting for it. */
async function diagnosticOf(document: vscode.TextDocument, rule: string, text?: string): Promise<vscode.Diagnostic> {
  let found: vscode.Diagnostic | undefined;
  await waitFor(() => {
    found = vscode.languages.getDiagnostics(document.uri)
      .find((d) => d.source === 'News Lens' && d.code === rule && (text === undefined || document.getText(d.range) === text));
    return found !== undefined;
  }, `a ${rule} diagnostic`);
  return found!;
}

/** The quick fixes VS Code offers at a diagnostic. */
async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return actions;
}

/** Runs a quick fix as the light bulb does: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" did not apply`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('draft checks', () => {
  let api: NewsLensApi;
  let fixture: string;
  let restore: () => Promise<void>;
  let editor: vscode.TextEditor | undefined;

  before(async () => {
    api = await newsLens();
    fixture = (await vscode.workspace.openTextDocument(workspaceUri('checks-draft.news'))).getText();
  });
  beforeEach(() => { restore = snapshotSettings(CHECK_SETTINGS); });
  afterEach(async () => {
    await restore();
    if (editor) await discard(editor);
    editor = undefined;
  });

  /** An unsaved copy of the fixture (or of `text`), shown and analysed, with its diagnostics published. */
  async function draft(text = fixture, language = 'news'): Promise<vscode.TextDocument> {
    editor = await showAndAnalyse(await freshDraft(language, text));
    await waitFor(() => findings(editor!.document).length > 0 || !text.includes('Thursday'), 'the draft checks\' diagnostics');
    return editor.document;
  }

  it('flags each planted mistake with its rule id, source "News Lens", and Information (Hint for attribution tense)', async () => {
    const document = await draft();
    await diagnosticOf(document, 'attribution-tense');
    assert.deepStrictEqual(findings(document).sort(), [
      'attribution-tense: says', 'first-reference: Patel', 'name-variant: Hartly', 'numerals: 3', 'percent-style:  percent',
      'title-case: Mayor', 'title-case: mayor',
      'unattributed-quote: We have waited far too long for a harbour that works for the people who live here.',
      'weekday-date: Thursday',
    ].sort());
    const severities = new Map(vscode.languages.getDiagnostics(document.uri).map((d) => [String(d.code), d.severity]));
    assert.strictEqual(severities.get('weekday-date'), vscode.DiagnosticSeverity.Information);
    assert.strictEqual(severities.get('attribution-tense'), vscode.DiagnosticSeverity.Hint);
    const variant = await diagnosticOf(document, 'name-variant');
    assert.deepStrictEqual(variant.relatedInformation?.map((r) => document.getText(r.location.range)), ['Amelia Hartley']);
  });

  it('each quick fix gives the text a copy editor would write, as one edit that Undo takes back', async () => {
    const expected: [string, string, string][] = [
      ['weekday-date', 'Change to "Wednesday"', 'on Wednesday, March 4, 2026'],
      ['title-case', 'Change to "Mayor"', 'Mayor Sadiq Khan'],
      ['title-case', 'Change to "mayor"', 'Rachel Moore, the mayor, did'],
      ['numerals', 'Change to "three"', 'create three new jobs'],
      ['first-reference', 'Change to "Priya Patel"', 'and Priya Patel welcomed it'],
      ['name-variant', 'Change to "Hartley"', 'Later, Hartley said'],
      ['percent-style', 'Write "%"', 'fell 2% in March'],
      ['attribution-tense', 'Change to "said"', 'Moore said.'],
    ];
    const document = await draft();
    for (const [rule, title, wanted] of expected) {
      const written = /"(.*)"/.exec(title)![1];
      const diagnostic = await diagnosticOf(document, rule, rule === 'title-case' ? (written === 'Mayor' ? 'mayor' : 'Mayor') : undefined);
      const fix = (await quickFixes(document, diagnostic)).find((action) => action.title === title);
      assert.ok(fix, `no "${title}" fix for ${rule}`);
      assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
      await apply(fix);
      assert.ok(document.getText().includes(wanted), `${rule}: "${wanted}" not in the text after the fix`);
      await vscode.commands.executeCommand('undo');
      await waitFor(() => document.getText() === fixture, `Undo to take back the ${rule} fix`);
      await api.analysisFor(document.uri); // the quick fixes are those of the current version's analysis
    }
  });

  it('"Fix all" applies one rule\'s fix at every finding of it, as one edit', async () => {
    const text = 'Support grows\n\nSupport rose 5% in January, 4% in February and 6% in April, and fell 2 percent in March and 1 percent in May.\n';
    const document = await draft(text);
    const diagnostic = await diagnosticOf(document, 'percent-style');
    const fixAll = (await quickFixes(document, diagnostic)).find((action) => action.title === 'Fix all 2 "percent-style" findings in this draft');
    assert.ok(fixAll, 'no "Fix all" action');
    await apply(fixAll);
    assert.ok(document.getText().includes('fell 2% in March and 1% in May.'), document.getText());
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === text, 'one Undo to take back both fixes');
  });

  it('a rule set to off, or all checks off, leaves no diagnostics; a rule set to warning shows as a warning', async () => {
    const document = await draft();
    await diagnosticOf(document, 'numerals');
    await vscode.workspace.getConfiguration('newsLens').update('checks.numerals', 'off', vscode.ConfigurationTarget.Global);
    await waitFor(() => !findings(document).some((f) => f.startsWith('numerals')), 'the numerals diagnostic to go');
    await vscode.workspace.getConfiguration('newsLens').update('checks.weekday-date', 'warning', vscode.ConfigurationTarget.Global);
    await waitFor(async () => (await diagnosticOf(document, 'weekday-date')).severity === vscode.DiagnosticSeverity.Warning, 'weekday-date as a warning');
    await vscode.workspace.getConfiguration('newsLens').update('checks.enabled', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => findings(document).length === 0, 'every News Lens diagnostic to go');
  });

  it('"Disable the check" writes the setting and the diagnostics go; anonymous sources show only once switched on', async () => {
    const document = await draft();
    assert.ok(!findings(document).some((f) => f.startsWith('anonymous-source')), 'anonymous-source is on by default');
    const diagnostic = await diagnosticOf(document, 'title-case');
    const disable = (await quickFixes(document, diagnostic)).find((action) => action.title === 'Disable the "title-case" check');
    assert.ok(disable, 'no "Disable" action');
    await apply(disable);
    await waitFor(() => vscode.workspace.getConfiguration('newsLens').get('checks.title-case') === 'off', 'the setting to be written');
    await waitFor(() => !findings(document).some((f) => f.startsWith('title-case')), 'the title-case diagnostics to go');
    await vscode.workspace.getConfiguration('newsLens').update('checks.anonymous-source', 'hint', vscode.ConfigurationTarget.Global);
    const anonymous = await diagnosticOf(document, 'anonymous-source');
    assert.strictEqual(document.getText(anonymous.range), 'Officials familiar with');
    assert.strictEqual(anonymous.severity, vscode.DiagnosticSeverity.Hint);
  });

  it('"These are different people" stops flagging the two spellings', async () => {
    const document = await draft();
    const diagnostic = await diagnosticOf(document, 'name-variant');
    const different = (await quickFixes(document, diagnostic)).find((action) => action.title === '"Hartley" and "Hartly" are different people');
    assert.ok(different, 'no "different people" action');
    await apply(different);
    await waitFor(() => !findings(document).some((f) => f.startsWith('name-variant')), 'the name-variant diagnostic to go');
    assert.ok(findings(document).some((f) => f.startsWith('weekday-date')), 'the other checks went too');
  });

  it('inline switches quiet a rule for a stretch of a Markdown draft and of a .news draft', async () => {
    const markdown = `<!-- newslens-disable percent-style -->\n${fixture}\n<!-- newslens-enable -->\n`;
    const md = await draft(markdown, 'markdown');
    await diagnosticOf(md, 'weekday-date');
    assert.ok(!findings(md).some((f) => f.startsWith('percent-style')), 'percent-style was not quieted in Markdown');
    await discard(editor!);
    await waitFor(() => findings(md).length === 0, 'a closed draft\'s diagnostics to go');
    const news = await draft(`// newslens-disable weekday-date\n${fixture}`, 'news');
    await diagnosticOf(news, 'numerals');
    assert.ok(!findings(news).some((f) => f.startsWith('weekday-date')), 'weekday-date was not quieted in the .news draft');
  });

  it('the Facts sidebar lists a Checks group with each rule\'s count, and a finding row reveals it', async () => {
    const document = await draft();
    await vscode.commands.executeCommand('newsLens.facts.focus');
    await waitFor(() => api.factsTree.getChildren().some((row) => row.type === 'checks'), 'the Checks group');
    const checks = api.factsTree.getChildren().find((row) => row.type === 'checks')!;
    const rules = api.factsTree.getChildren(checks).map((row) => api.factsTree.getTreeItem(row));
    assert.deepStrictEqual(rules.map((item) => `${String(item.label)} ${String(item.description)}`).find((row) => row.startsWith('title-case')), 'title-case 2');
    const weekday = api.factsTree.getChildren(checks).find((row) => row.type === 'checkRule' && row.rule === 'weekday-date')!;
    const [row] = api.factsTree.getChildren(weekday);
    const command = api.factsTree.getTreeItem(row).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document === document && document.getText(vscode.window.activeTextEditor.selection) === 'Thursday', 'the finding to be selected');
  });
});
