// The draft checks (issue 12) over one analysis: each rule reads the facts the analysis already found. Built so far:
// `name-variant`, `weekday-date` and `percent-style`; the editor and the command line do not run them yet.
import type { Analysis } from '../types';
import type { CheckFinding, CheckRule } from './finding';
import { nameVariantFindings } from './nameVariant';
import { percentStyleFindings } from './percentStyle';
import { weekdayDateFindings } from './weekdayDate';

export type { CheckFinding, CheckFix, CheckRule, CheckSeverity, TextEdit } from './finding';

/** The rules built so far, each reading the text and its analysis. */
const RULES: Partial<Record<CheckRule, (text: string, analysis: Analysis) => CheckFinding[]>> = {
  'name-variant': (text, analysis) => nameVariantFindings(text, analysis),
  'weekday-date': (text, analysis) => weekdayDateFindings(text, analysis.mentions.filter((m) => m.kind === 'date'), analysis.articleDate),
  'percent-style': (text) => percentStyleFindings(text),
};

/** The findings of every rule not switched off, in document order. */
export function checkDraft(text: string, analysis: Analysis, off: ReadonlySet<CheckRule> = new Set()): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const [rule, run] of Object.entries(RULES) as [CheckRule, (t: string, a: Analysis) => CheckFinding[]][]) {
    if (!off.has(rule)) findings.push(...run(text, analysis));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
