// Quick fixes for the draft checks' diagnostics: each fix a finding offers as one undoable edit, "Fix all" for the
// rules whose fixes are house style applied mechanically, "Disable rule …" (writes `newsLens.checks.<rule>: off`), and
// for a name spelt two ways "These are different people" (remembered for the workspace). The fixes come from the analysis of the document's current version, never from an older one.
import * as vscode from 'vscode';
import { writeSetting } from '../../config/writeSetting';
import type { CheckFinding } from '../../engine/checks/finding';
import type { AnalysisCache } from '../analysisCache';
import { mentionRange } from '../mentionRanges';
import { CHECKS_SOURCE } from './checkDiagnostics';
import type { CheckSettingsSource } from './checkSettings';

export const DISABLE_CHECK_COMMAND = 'newsLens.disableCheck';
export const DIFFERENT_NAMES_COMMAND = 'newsLens.markDifferentNames';

/** Offers the fixes of the findings under the cursor. */
export class CheckActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.cache.get(document)?.findings ?? [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== CHECKS_SOURCE) continue;
      const finding = findings.find((f) => f.rule === diagnostic.code && mentionRange(document, f).isEqual(diagnostic.range));
      if (finding) actions.push(...actionsFor(document, finding, diagnostic, findings));
    }
    return actions;
  }
}

/** The quick fixes of one finding, the preferred one first. */
function actionsFor(document: vscode.TextDocument, finding: CheckFinding, diagnostic: vscode.Diagnostic, all: readonly CheckFinding[]): vscode.CodeAction[] {
  const actions = (finding.fixes ?? []).map((fix, i) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    for (const edit of fix.edits) action.edit.replace(document.uri, mentionRange(document, edit), edit.newText);
    action.diagnostics = [diagnostic];
    action.isPreferred = i === 0;
    return action;
  });
  const fixAll = fixAllAction(document, finding, all);
  if (fixAll) actions.push(fixAll);
  if (finding.rule === 'name-variant' && finding.fixes?.[0]) {
    const other = finding.fixes[0].edits[0].newText;
    const different = new vscode.CodeAction(`"${other}" and "${finding.text}" are different people`, vscode.CodeActionKind.QuickFix);
    different.command = { title: different.title, command: DIFFERENT_NAMES_COMMAND, arguments: [other, finding.text] };
    different.diagnostics = [diagnostic];
    actions.push(different);
  }
  const disable = new vscode.CodeAction(`Disable the "${finding.rule}" check`, vscode.CodeActionKind.QuickFix);
  disable.command = { title: disable.title, command: DISABLE_CHECK_COMMAND, arguments: [finding.rule] };
  disable.diagnostics = [diagnostic];
  actions.push(disable);
  return actions;
}

/** Rules whose first fix is house style applied mechanically, so fixing every finding at once is safe to offer. */
const FIXED_ALL_AT_ONCE = new Set(['percent-style', 'attribution-tense', 'numerals', 'title-case', 'weekday-date']);

/** "Fix all 4 percent-style findings": every finding of the rule's first fix, as one edit (overlapping ones left out). */
function fixAllAction(document: vscode.TextDocument, finding: CheckFinding, all: readonly CheckFinding[]): vscode.CodeAction | undefined {
  if (!FIXED_ALL_AT_ONCE.has(finding.rule)) return undefined;
  const fixable = all.filter((f) => f.rule === finding.rule && f.fixes?.[0]);
  if (fixable.length < 2) return undefined;
  const edits = fixable.flatMap((f) => f.fixes![0].edits).sort((a, b) => a.start - b.start)
    .filter((edit, i, sorted) => i === 0 || edit.start >= sorted[i - 1].end);
  const action = new vscode.CodeAction(`Fix all ${fixable.length} "${finding.rule}" findings in this draft`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  for (const edit of edits) action.edit.replace(document.uri, mentionRange(document, edit), edit.newText);
  return action;
}

/** The commands the actions run. */
export function registerCheckCommands(checkSettings: CheckSettingsSource, cache: AnalysisCache): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(DISABLE_CHECK_COMMAND, async (rule?: unknown) => {
      if (typeof rule !== 'string') return;
      await writeSetting(`checks.${rule}`, 'off');
      void vscode.window.showInformationMessage(`News Lens: the "${rule}" check is off. Switch it on again in the settings (newsLens.checks.${rule}).`);
    }),
    vscode.commands.registerCommand(DIFFERENT_NAMES_COMMAND, async (first?: unknown, second?: unknown) => {
      if (typeof first !== 'string' || typeof second !== 'string') return;
      await checkSettings.markDifferent(first, second);
      cache.refreshAll();
    }),
  ];
}
