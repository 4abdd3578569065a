// The draft checks (issue 12) over one analysis: each rule reads the facts the analysis already found, and compromise
// does the language work some need. The rule ids, their default severities and which are on by default are the
// contract the editor's settings and `newslens check` share.
import { documentText, type DocumentText } from '../text/lines';
import type { Analysis } from '../types';
import { anonymousSourceFindings } from './anonymousSource';
import { attributionTenseFindings } from './attributionTense';
import { draftTextOf, type DraftText } from './draftText';
import type { CheckFinding, CheckRule, CheckSeverity } from './finding';
import { firstReferenceFindings } from './firstReference';
import { withoutSwitchedOff } from './inlineSwitches';
import type { LanguageTools } from './language';
import { nameVariantFindings } from './nameVariant';
import { numeralsFindings, type NumeralStyle } from './numerals';
import { percentStyleFindings } from './percentStyle';
import { titleCaseFindings } from './titleCase';
import { unattributedQuoteFindings } from './unattributedQuote';
import { weekdayDateFindings } from './weekdayDate';

export type { CheckFinding, CheckFix, CheckRule, CheckSeverity, TextEdit } from './finding';
export type { LanguageTools } from './language';
export type { NumeralStyle } from './numerals';
export { loadLanguageTools } from './language';

/** Every rule, in the order settings and reports list them. */
export const CHECK_RULES: readonly CheckRule[] = ['name-variant', 'weekday-date', 'unattributed-quote', 'first-reference', 'title-case',
  'numerals', 'percent-style', 'attribution-tense', 'anonymous-source'];

/** How loud each rule is unless a setting says otherwise. */
export const DEFAULT_SEVERITY: Readonly<Record<CheckRule, CheckSeverity>> = {
  'name-variant': 'information', 'weekday-date': 'information', 'unattributed-quote': 'information', 'first-reference': 'information',
  'title-case': 'information', numerals: 'information', 'percent-style': 'information', 'attribution-tense': 'hint', 'anonymous-source': 'hint',
};

/** Rules that stay off unless switched on: the editor decides about anonymous sources. */
export const OFF_BY_DEFAULT: ReadonlySet<CheckRule> = new Set(['anonymous-source']);

/** What a check run is told, besides the text and its analysis. Plain data, so it crosses to the worker. */
export interface CheckSettings {
  /** Rules switched on or off; a rule not named keeps its default (on, but for OFF_BY_DEFAULT). */
  rules?: Partial<Record<CheckRule, boolean>>;
  /** The house style for numbers (`numerals`); AP by default. */
  numerals?: NumeralStyle;
  /** Spellings an editor said are two names, not one spelt two ways ("These are different people"). */
  differentNames?: readonly (readonly [string, string])[];
}

/** True when the settings leave the rule on. */
export const isRuleOn = (settings: CheckSettings, rule: CheckRule): boolean => settings.rules?.[rule] ?? !OFF_BY_DEFAULT.has(rule);

/** What each rule reads: the draft, its sentences, the settings and compromise. */
interface RuleInput {
  draft: DraftText;
  document: DocumentText;
  settings: CheckSettings;
  language: LanguageTools;
}

const RULES: Readonly<Record<CheckRule, (input: RuleInput) => CheckFinding[]>> = {
  'name-variant': ({ draft, document, settings }) => nameVariantFindings(draft.text, draft.analysis, document, settings.differentNames),
  'weekday-date': ({ draft }) => weekdayDateFindings(draft.text, draft.analysis.mentions.filter((m) => m.kind === 'date')),
  'unattributed-quote': ({ draft }) => unattributedQuoteFindings(draft),
  'first-reference': ({ draft }) => firstReferenceFindings(draft),
  'title-case': ({ draft }) => titleCaseFindings(draft),
  numerals: ({ draft, document, settings, language }) => numeralsFindings(draft, document.sentences, settings.numerals ?? 'ap', language),
  'percent-style': ({ draft }) => percentStyleFindings(draft.text),
  'attribution-tense': ({ draft, language }) => attributionTenseFindings(draft, language),
  'anonymous-source': ({ draft, document, language }) => anonymousSourceFindings(draft, document.sentences, language),
};

/** The findings of every rule the settings leave on, in document order, less those the draft's inline switches quiet.
 *  `document` is the analyser's own split of the text, when it has one (else it is split again here). A rule that
 *  fails is left out and named in `failed`, so one bug never hides the other rules' findings. */
export function checkDraft(text: string, analysis: Analysis, language: LanguageTools, settings: CheckSettings = {},
  document: DocumentText = documentText(text)): { findings: CheckFinding[]; failed: string[] } {
  const analysed = text.slice(0, analysis.analysedChars);
  const input: RuleInput = { draft: draftTextOf(analysed, analysis), document, settings, language };
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
