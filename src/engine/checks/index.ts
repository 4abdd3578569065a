// The draft checks (issue 12) over one analysis: each rule reads the facts the analysis already found, and compromise
// does the language work some need. The rule ids, their default severities and which are on by default are the
// contract the editor's settings and `newslens check` share.
import { documentTextOf } from '../analyse';
import { documentText, type DocumentText } from '../text/lines';
import type { Analysis } from '../types';
import { anonymousSourceFindings } from './anonymousSource';
import { attributionTenseFindings } from './attributionTense';
import { draftTextOf, type DraftText } from './draftText';
import type { CheckFinding, CheckRule } from './finding';
import { CHECK_RULES, isRuleOn, type CheckSettings } from './rules';
import { firstReferenceFindings } from './firstReference';
import { withoutSwitchedOff } from './inlineSwitches';
import type { LanguageTools } from './language';
import { nameVariantFindings } from './nameVariant';
import { numeralsFindings } from './numerals';
import { percentStyleFindings } from './percentStyle';
import { titleCaseFindings } from './titleCase';
import { unattributedQuoteFindings } from './unattributedQuote';
import { weekdayDateFindings } from './weekdayDate';

export type { CheckFinding, CheckFix, CheckRule, CheckSeverity, TextEdit } from './finding';
export type { LanguageTools } from './language';
export type { NumeralStyle } from './numerals';
export { loadLanguageTools } from './language';
export { CHECK_RULES, DEFAULT_SEVERITY, OFF_BY_DEFAULT, isRuleOn, type CheckSettings } from './rules';

/** What a check run found, and the rules that failed (each "rule: error"). */
export interface CheckResult {
  findings: CheckFinding[];
  failed: string[];
}

/** What each rule reads: the draft, its sentences, the settings and compromise. */
interface RuleInput {
  draft: DraftText;
  document: DocumentText;
  settings: CheckSettings;
  language: LanguageTools;
}

const RULES: Readonly<Record<CheckRule, (input: RuleInput) => CheckFinding[]>> = {
  'name-variant': ({ draft, document, settings }) => nameVariantFindings(draft, document, settings.differentNames),
  'weekday-date': ({ draft }) => weekdayDateFindings(draft.text, draft.analysis.mentions.filter((m) => m.kind === 'date')),
  'unattributed-quote': ({ draft }) => unattributedQuoteFindings(draft),
  'first-reference': ({ draft }) => firstReferenceFindings(draft),
  'title-case': ({ draft }) => titleCaseFindings(draft),
  numerals: ({ draft, document, settings, language }) => numeralsFindings(draft, document.sentences, settings.numerals ?? 'ap', language),
  'percent-style': ({ draft }) => percentStyleFindings(draft),
  'attribution-tense': ({ draft, language }) => attributionTenseFindings(draft, language),
  'anonymous-source': ({ draft, document, language }) => anonymousSourceFindings(draft, document.sentences, language),
};

/** The findings of every rule the settings leave on, in document order, less those the draft's inline switches quiet.
 *  The text's lines and sentences are the analysis's own (split again only for an analysis from elsewhere). A rule that
 *  fails is left out and named in `failed`, so one bug never hides the other rules' findings. */
export function checkDraft(text: string, analysis: Analysis, language: LanguageTools, settings: CheckSettings = {}): CheckResult {
  const analysed = text.slice(0, analysis.analysedChars);
  const document = documentTextOf(analysis) ?? documentText(analysed);
  const input: RuleInput = { draft: draftTextOf(analysed, analysis, document), document, settings, language };
  const findings: CheckFinding[] = [];
  const failed: string[] = [];
  for (const rule of CHECK_RULES) {
    if (!isRuleOn(settings, rule)) continue;
    try {
      findings.push(...RULES[rule](input));
    } catch (error) {
      failed.push(`${rule}: ${String(error)}`);
    }
  }
  const kept = withoutSwitchedOff(analysed, findings).filter((f) => f.end <= analysed.length && analysed.slice(f.start, f.end) === f.text);
  return { findings: kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule)), failed };
}
