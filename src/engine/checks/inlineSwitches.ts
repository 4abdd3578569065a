// Inline switches that live in the draft itself, as cSpell's and markdownlint's do: findings between
// `<!-- newslens-disable name-variant -->` and `<!-- newslens-enable -->` are not reported. The plain-text form, for
// .txt and .news drafts, is a line of its own: `// newslens-disable name-variant`. Without rule ids a switch applies to
// every rule; `newslens-disable-next-line` covers the next line only.
import type { CheckFinding, CheckRule } from './finding';

/** A switch in either form: its verb and the rule ids after it. */
const SWITCH = /<!--[ \t]*newslens-(disable-next-line|disable|enable)\b([^>\r\n]*?)-->|^[ \t]*\/\/[ \t]*newslens-(disable-next-line|disable|enable)\b([^\r\n]*)$/gm;

/** One stretch of text in which some rules (or all, `rules` undefined) are switched off. */
interface QuietStretch {
  start: number;
  end: number;
  rules: ReadonlySet<string> | undefined;
}

/** The rule ids a switch names (none: every rule). */
function rulesNamed(list: string): Set<string> | undefined {
  const ids = list.split(/[\s,]+/).filter((id) => /^[a-z][a-z-]*$/.test(id));
  return ids.length > 0 ? new Set(ids) : undefined;
}

/** The stretches the draft's switches quiet. An unclosed `disable` runs to the end. */
function quietStretches(text: string): QuietStretch[] {
  const stretches: QuietStretch[] = [];
  const open = new Map<string, number>(); // rule id, or '*' for all, to where its disable started
  for (const match of text.matchAll(SWITCH)) {
    const verb = match[1] ?? match[3];
    const rules = rulesNamed(match[2] ?? match[4] ?? '');
    const end = match.index + match[0].length;
    if (verb === 'disable-next-line') {
      const lineEnd = text.slice(end).search(/\r\n|\r|\n/);
      const nextStart = lineEnd < 0 ? text.length : end + lineEnd + (text.startsWith('\r\n', end + lineEnd) ? 2 : 1);
      const nextEnd = text.slice(nextStart).search(/\r\n|\r|\n/);
      stretches.push({ start: nextStart, end: nextEnd < 0 ? text.length : nextStart + nextEnd, rules });
    } else if (verb === 'disable') {
      for (const id of rules ?? ['*']) if (!open.has(id)) open.set(id, end);
    } else {
      for (const id of rules ? [...rules] : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        stretches.push({ start: from, end: match.index, rules: id === '*' ? undefined : new Set([id]) });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) stretches.push({ start: from, end: text.length, rules: id === '*' ? undefined : new Set([id]) });
  return stretches;
}

/** True when the draft holds any switch: most do not, and are spared the rest. */
export const hasInlineSwitches = (text: string): boolean => text.includes('newslens-');

/** The findings the draft's inline switches leave on. */
export function withoutSwitchedOff(text: string, findings: CheckFinding[]): CheckFinding[] {
  if (!hasInlineSwitches(text)) return findings;
  const stretches = quietStretches(text);
  const isQuiet = (rule: CheckRule, at: number): boolean =>
    stretches.some((s) => at >= s.start && at <= s.end && (!s.rules || s.rules.has(rule)));
  return findings.filter((f) => !isQuiet(f.rule, f.start));
}
