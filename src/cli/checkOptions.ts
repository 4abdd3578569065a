// The options only `newslens check` has: its output formats, --fail-on, and the rule switches (--enable, --disable,
// --numerals), read into the engine's CheckSettings. Anything unknown is a UsageError that lists what is valid.
import { CHECK_RULES, type CheckRule, type CheckSettings, type CheckSeverity, type NumeralStyle } from '../engine/checks';
import { UsageError } from './usageError';

/** What `check --format` writes: line:column text for people, one JSON array for tools. */
export const CHECK_FORMATS = ['text', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The least severity that makes a run fail under `--fail-on`; hints never do. */
export const FAIL_ON_LEVELS = ['information', 'warning'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** The house styles `--numerals` picks, as the engine names them. */
export const NUMERAL_STYLES: readonly NumeralStyle[] = ['ap', 'chicago', 'off'];

const SEVERITY_RANK: Readonly<Record<CheckSeverity, number>> = { hint: 0, information: 1, warning: 2 };

/** True when a finding of `severity` fails a run under `--fail-on failOn`. */
export const failsRun = (severity: CheckSeverity, failOn: FailOn | undefined): boolean =>
  failOn !== undefined && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** The value of `--format` for check, defaulting to text. */
export function checkFormatOf(value: string | undefined): CheckFormat {
  if (value === undefined) return 'text';
  if (isOneOf(CHECK_FORMATS, value)) return value;
  throw new UsageError(`invalid --format '${value}' for check: expected one of ${CHECK_FORMATS.join(', ')}`);
}

/** The value of `--fail-on`, if given. */
export function failOnOf(value: string | undefined): FailOn | undefined {
  if (value === undefined || isOneOf(FAIL_ON_LEVELS, value)) return value;
  throw new UsageError(`invalid --fail-on '${value}': expected one of ${FAIL_ON_LEVELS.join(', ')} (hints never fail a run)`);
}

/** The rule ids of `--enable`/`--disable` values ("a,b" or repeated options), each one checked. */
function rulesNamed(option: 'enable' | 'disable', values: readonly string[]): CheckRule[] {
  const ids = values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length === 0) throw new UsageError(`--${option} needs a rule id: one of ${CHECK_RULES.join(', ')}`);
  for (const id of ids) {
    if (!isOneOf(CHECK_RULES, id)) throw new UsageError(`unknown rule '${id}' in --${option}: expected one of ${CHECK_RULES.join(', ')}`);
  }
  return ids as CheckRule[];
}

/** The engine's settings from the switches given (empty when none is); a rule both enabled and disabled is refused. */
export function checkSettingsOf(enable: readonly string[] | undefined, disable: readonly string[] | undefined, numerals: string | undefined): CheckSettings {
  const rules: Partial<Record<CheckRule, boolean>> = {};
  for (const rule of enable === undefined ? [] : rulesNamed('enable', enable)) rules[rule] = true;
  for (const rule of disable === undefined ? [] : rulesNamed('disable', disable)) {
    if (rules[rule]) throw new UsageError(`--enable and --disable both name '${rule}': give one`);
    rules[rule] = false;
  }
  if (numerals !== undefined && !isOneOf(NUMERAL_STYLES, numerals)) {
    throw new UsageError(`invalid --numerals '${numerals}': expected one of ${NUMERAL_STYLES.join(', ')}`);
  }
  return { ...(Object.keys(rules).length > 0 ? { rules } : {}), ...(numerals !== undefined ? { numerals: numerals as NumeralStyle } : {}) };
}
