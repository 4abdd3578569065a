// The CLI's one call into the draft checks: a text analysed whole (as annotate analyses it, corrections included),
// checked with the run's settings, and its findings in the exact shape `newslens check` prints.
import type { Correction } from '../engine';
import { checkDraft, type CheckFinding, type CheckSettings, type LanguageTools } from '../engine/checks';
import type { ArticleDate } from '../engine/types';
import { analyseWhole } from './analyseWhole';

/** One finding as the CLI contract prints it: a finding without `related` (the editor's alone), keys in this order
 *  (rule, start, end, text, message, severity, fixes), `fixes` only when there are some. */
export type ContractFinding = Omit<CheckFinding, 'related'>;

/** Copies a finding with only the contract's keys, in the contract's order (`related` is the editor's alone). */
export function toContractFinding(finding: CheckFinding): ContractFinding {
  const fixes = (finding.fixes ?? []).map((fix) => ({
    title: fix.title,
    edits: fix.edits.map((edit) => ({ start: edit.start, end: edit.end, newText: edit.newText })),
  }));
  const { rule, start, end, text, message, severity } = finding;
  return { rule, start, end, text, message, severity, ...(fixes.length > 0 ? { fixes } : {}) };
}

/** What checking one text gives: its article date, its findings, and what goes to stderr about it. */
export interface CheckedText {
  articleDate: ArticleDate;
  findings: ContractFinding[];
  /** The analysis's warnings (a sentence skipped) and one line per rule that failed (its findings are missing). */
  warnings: string[];
}

/** What a text is checked with, besides the text. */
export interface CheckContext {
  language: LanguageTools;
  settings: CheckSettings;
  /** From `--date` or a jsonl line's "date"; otherwise the engine finds the date in the text, else takes `fileDate`. */
  articleDate?: string;
  fileDate?: string;
  corrections?: readonly Correction[];
}

/** Analyses and checks `text`; throws only when the analysis or the checks as a whole throw (a rule's failure is a warning). */
export function checkText(text: string, context: CheckContext): CheckedText {
  const analysis = analyseWhole(text, context.articleDate, context.fileDate, context.corrections);
  const { findings, failed } = checkDraft(text, analysis, context.language, context.settings);
  return {
    articleDate: { value: analysis.articleDate.value, source: analysis.articleDate.source },
    findings: findings.map(toContractFinding),
    warnings: [...analysis.warnings, ...failed.map(describeFailedRule)],
  };
}

/** checkDraft's "rule: error" as a warning a user can act on. */
function describeFailedRule(failure: string): string {
  const named = /^([a-z-]+): ([\s\S]*)$/.exec(failure);
  return named ? `check '${named[1]}' failed and was skipped: ${named[2]}` : `a check failed and was skipped: ${failure}`;
}
