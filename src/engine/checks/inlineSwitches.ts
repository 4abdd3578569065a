// Inline switches that live in the draft itself, as cSpell's and markdownlint's do: findings between
// `<!-- newslens-disable name-variant -->` and `<!-- newslens-enable -->` are not reported. The plain-text form, for
// .txt and .news drafts, is a line of its own: `// newslens-disable name-variant`. Without rule ids a switch applies to
// every rule; `newslens-disable-next-line` covers the next line only. A named `enable` inside an all-rules `disable`
// turns that rule back on, as in ESLint.
import type { CheckFinding, CheckRule } from './finding';

/** A switch in either form: its verb and the rule ids after it. */
const SWITCH = /<!--[ \t]*newslens-(disable-next-line|disable|enable)\b([^>\r\n]*?)-->|^[ \t]*\/\/[ \t]*newslens-(disable-next-line|disable|enable)\b([^\r\n]*)$/gm;

/** The rule ids a switch names (none: every rule). */
function rulesNamed(list: string): Set<string> | undefined {
  const ids = list.split(/[\s,]+/).filter((id) => /^[a-z][a-z-]*$/.test(id));
  return ids.length > 0 ? new Set(ids) : undefined;
}

/** Which rules are off from some offset on: every rule but `except` when `allOff`, else the rules in `off`. */
interface SwitchState {
  from: number;
  allOff: boolean;
  /** Rules turned back on by name inside an all-rules disable ("newslens-enable numerals" after "newslens-disable"). */
  except: ReadonlySet<string>;
  off: ReadonlySet<string>;
}

/** One line quieted by `newslens-disable-next-line`, for some rules (or all, `rules` undefined). */
interface QuietLine {
  start: number;
  end: number;
  rules: ReadonlySet<string> | undefined;
}

/** What a draft's switches quiet: the states between its `disable` and `enable` switches, in order, and its single
 *  quiet lines. */
interface Switches {
  states: SwitchState[];
  lines: QuietLine[];
}

/** The state after a `disable` or `enable` switch naming `rules` (none: every rule), as ESLint reads its own: a named
 *  `enable` inside an all-rules `disable` turns that rule back on, an unnamed `enable` turns every rule on. */
function switched(state: SwitchState, verb: 'disable' | 'enable', rules: ReadonlySet<string> | undefined, from: number): SwitchState {
  if (!rules) return verb === 'disable' ? { from, allOff: true, except: new Set(), off: new Set() } : { from, allOff: false, except: new Set(), off: new Set() };
  const except = new Set(state.except);
  const off = new Set(state.off);
  for (const id of rules) {
    if (verb === 'disable') { except.delete(id); off.add(id); } else { off.delete(id); if (state.allOff) except.add(id); }
  }
  return { from, allOff: state.allOff, except, off };
}

/** The line after the one a switch ending at `end` is written on. */
function nextLineAfter(text: string, end: number, rules: ReadonlySet<string> | undefined): QuietLine {
  const lineEnd = text.slice(end).search(/\r\n|\r|\n/);
  const nextStart = lineEnd < 0 ? text.length : end + lineEnd + (text.startsWith('\r\n', end + lineEnd) ? 2 : 1);
  const nextEnd = text.slice(nextStart).search(/\r\n|\r|\n/);
  return { start: nextStart, end: nextEnd < 0 ? text.length : nextStart + nextEnd, rules };
}

/** The draft's switches, read in order. A `disable` quiets from its end, an `enable` wakes from its start; an unclosed
 *  `disable` runs to the end. */
function switchesOf(text: string): Switches {
  const states: SwitchState[] = [{ from: 0, allOff: false, except: new Set(), off: new Set() }];
  const lines: QuietLine[] = [];
  for (const match of text.matchAll(SWITCH)) {
    const verb = (match[1] ?? match[3]) as 'disable-next-line' | 'disable' | 'enable';
    const rules = rulesNamed(match[2] ?? match[4] ?? '');
    const end = match.index + match[0].length;
    if (verb === 'disable-next-line') lines.push(nextLineAfter(text, end, rules));
    else states.push(switched(states[states.length - 1], verb, rules, verb === 'disable' ? end : match.index + 1));
  }
  return { states, lines };
}

/** True when `rule` is off in a state. */
const isOff = (state: SwitchState, rule: string): boolean => (state.allOff && !state.except.has(rule)) || state.off.has(rule);

/** True when the switches quiet `rule` at offset `at`. */
function isQuiet(switches: Switches, rule: CheckRule, at: number): boolean {
  if (switches.lines.some((line) => at >= line.start && at <= line.end && (!line.rules || line.rules.has(rule)))) return true;
  let state = switches.states[0];
  for (const next of switches.states) if (next.from <= at) state = next;
  return isOff(state, rule);
}

/** True when the draft holds any switch: most do not, and are spared the rest. */
export const hasInlineSwitches = (text: string): boolean => text.includes('newslens-');

/** The findings the draft's inline switches leave on. */
export function withoutSwitchedOff(text: string, findings: CheckFinding[]): CheckFinding[] {
  if (!hasInlineSwitches(text)) return findings;
  const switches = switchesOf(text);
  return findings.filter((f) => !isQuiet(switches, f.rule, f.start));
}
