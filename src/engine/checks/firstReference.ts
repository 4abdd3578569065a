// `first-reference`: AP's first and later references to a person. The first names them in full ("Vladimir Putin"),
// later ones by surname. Flagged: a person first named by surname alone when the full name comes only later (fix:
// the full name at the first reference), and, as a Hint, a later reference in another paragraph that repeats both the
// title and the full name (fix: the surname). Headlines, bylines and quotations are not references of the story's own.
import { NATIONALITIES, TITLE_HEADS } from '../names/lexicon';
import type { Entity, Mention } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** A title right before a name ("President ", "Prime Minister ", "U.S. President "): its start, with the nationality
 *  or country abbreviation that qualifies it, or -1. */
function titleBefore(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 40), at);
  const match = /((?:\p{Lu}[\p{L}.-]*[ \t]+){1,3})$/u.exec(before);
  if (!match) return -1;
  const words = wordsOf(match[1]);
  for (let k = 0; k < words.length; k++) {
    const title = words.slice(k).join(' ').replace(/\.$/, '');
    if (!TITLE_HEADS.has(title)) continue;
    let from = k;
    while (from > 0 && (NATIONALITIES.has(words[from - 1]) || /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(words[from - 1]))) from--;
    return at - match[1].length + offsetOfWord(match[1], from);
  }
  return -1;
}

/** Where the k-th word of a run of words starts in it. */
function offsetOfWord(run: string, k: number): number {
  const starts = [...run.matchAll(/\S+/g)].map((m) => m.index);
  return starts[k];
}

/** A full name's surname: its last word, with the lower-case particles before it ("da Silva", "van der Berg"). */
function surnameOf(name: string): string {
  const words = wordsOf(name);
  let k = words.length - 1;
  while (k > 1 && /^\p{Ll}+$/u.test(words[k - 1])) k--;
  return words.slice(k).join(' ');
}

/** A courtesy title right before a surname ("Mr. ", "Ms "): AP leaves it out before a full name. */
const COURTESY_BEFORE = /(?<![\p{L}.])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+$/u;

/** True when `at` opens a sentence or a line, where a surname written with a particle is capitalised ("Da Silva"). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  return /(?:[.!?]["”’)]*[ \t]+|[\r\n][ \t]*)$/.test(before) || (at <= 8 && /^[ \t]*$/.test(before));
}

/** The mentions of an entity the story itself makes: in prose, outside quotations. */
const storyMentions = (draft: DraftText, entity: Entity): Mention[] =>
  entity.mentions.map((i) => draft.analysis.mentions[i]).filter((m) => draft.isProse(m.start) && !draft.isQuoted(m.start));

/** True when a name is of more than one word (wordsOf(name).length > 1), told without splitting it. */
const isInFull = (name: string): boolean => /\S\s+\S/.test(name);

/** True when a person may have a finding: two mentions or more, one of them in full. Most persons of a long draft are
 *  named once, and are spared gathering their mentions on every keystroke. */
const mayBeFlagged = (draft: DraftText, entity: Entity): boolean =>
  entity.mentions.length >= 2 && entity.mentions.some((i) => isInFull(draft.analysis.mentions[i].text));

/** Findings for first references by surname alone, and later ones that repeat title and full name. */
export function firstReferenceFindings(draft: DraftText): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const entity of draft.analysis.entities) {
    if (entity.kind !== 'person' || !mayBeFlagged(draft, entity)) continue;
    const mentions = storyMentions(draft, entity);
    const full = mentions.find((m) => isInFull(m.text));
    if (!full || mentions.length < 2) continue;
    const first = mentions[0];
    const surname = surnameOf(full.text);
    const byLastWord = first.text === wordsOf(full.text).pop() || first.text.toLowerCase() === surname.toLowerCase();
    if (first !== full && byLastWord && first.start < full.start) {
      // A courtesy title goes with the surname it stood before: "Mr. Okafor" becomes "Grace Okafor", not "Mr. Grace Okafor".
      const start = first.start - (COURTESY_BEFORE.exec(draft.text.slice(Math.max(0, first.start - 6), first.start))?.[0].length ?? 0);
      findings.push({
        rule: 'first-reference', start, end: first.end, text: draft.text.slice(start, first.end), severity: 'information',
        message: `The first reference to ${full.text} is by surname alone; the full name comes only later.`,
        fixes: [{ title: `Change to "${full.text}"`, edits: [{ start, end: first.end, newText: full.text }] }],
        related: [{ start: full.start, end: full.end, message: `the full name: "${full.text}"` }],
      });
    }
    if (titleBefore(draft.text, full.start) < 0) continue;
    const firstParagraph = draft.paragraphAt(full.start);
    for (const later of mentions) {
      if (later.start <= full.start || later.text !== full.text || draft.paragraphAt(later.start) === firstParagraph) continue;
      const titleStart = titleBefore(draft.text, later.start);
      if (titleStart < 0) continue;
      const written = draft.text.slice(titleStart, later.end);
      const wanted = opensSentence(draft.text, titleStart) ? surname.charAt(0).toUpperCase() + surname.slice(1) : surname;
      findings.push({
        rule: 'first-reference', start: titleStart, end: later.end, text: written, severity: 'hint',
        message: `A later reference repeats the title and full name; after the first, "${wanted}" is enough.`,
        fixes: [{ title: `Change to "${wanted}"`, edits: [{ start: titleStart, end: later.end, newText: wanted }] }],
        related: [{ start: full.start, end: full.end, message: `the first reference: "${full.text}"` }],
      });
    }
  }
  return findings;
}
