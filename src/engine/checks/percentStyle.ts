// `percent-style`: "percent", "per cent" and "%" mixed in one draft. The draft's majority form wins (a tie flags
// nothing: the desk's style decides), and each other form gets a fix to it.
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';

/** The three ways to write a percentage. */
type PercentForm = '%' | 'percent' | 'per cent';

/** How a percentage is written after its number: "%", " %", " percent", " per cent". */
const SIGN = /[ \t]?%|[ \t]+(?:percent|per[ \t]+cent)\b/gi;
/** A number right before a sign: figures or a number word ("5", "1,250.5", "five", "a half"). */
const NUMBER_BEFORE = /(?:\d(?:[\d,.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a half|half))$/i;

/** Which form a percentage's sign or word is. */
function formOf(sign: string): PercentForm {
  const bare = sign.trim().toLowerCase();
  return bare === '%' ? '%' : bare === 'percent' ? 'percent' : 'per cent';
}

/** The sign or word of a form, after a number. */
const spelled = (form: PercentForm): string => (form === '%' ? '%' : ` ${form}`);

/** Findings for the percentages written in a form other than the draft's majority. */
export function percentStyleFindings(draft: DraftText): CheckFinding[] {
  const { text } = draft;
  const uses: { start: number; end: number; form: PercentForm; written: string }[] = [];
  draft.eachMatch(SIGN, (sign, start) => {
    if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) uses.push({ start, end: start + sign.length, form: formOf(sign), written: sign });
  });
  const counts = new Map<PercentForm, number>();
  for (const use of uses) counts.set(use.form, (counts.get(use.form) ?? 0) + 1);
  if (counts.size < 2) return [];
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] === ranked[1][1]) return [];
  const majority = ranked[0][0];
  return uses.filter((use) => use.form !== majority).map((use) => ({
    rule: 'percent-style', start: use.start, end: use.end, text: use.written, severity: 'information',
    message: `This draft writes "${majority}" ${ranked[0][1]} times and "${use.form}" here.`,
    fixes: [{ title: `Write "${spelled(majority).trim()}"`, edits: [{ start: use.start, end: use.end, newText: spelled(majority) }] }],
  }));
}
