// The draft checks' contract, apart from their code: the rule ids, their default severities, which are on by default,
// and the settings a run takes. The extension host reads these (settings, diagnostics) without loading the rules.
import type { CheckRule, CheckSeverity } from './finding';
import type { NumeralStyle } from './numerals';

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
