// What compromise thinks is a person, place or organization in one sentence — hints only: spans are re-found in the text.
import { nlp } from '../nlp';
import type { TextSpan } from '../types';
import { NATIONALITIES } from './lexicon';
import type { NameKind, NameMention } from './nameMention';

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;

/** Locates compromise's match in the text near the offset it reports (its offsets can be off by a character). */
function locate(text: string, sentence: TextSpan, match: CompromiseMatch): TextSpan | undefined {
  const clean = match.text.replace(EDGE_MARKS, '');
  if (!clean) return undefined;
  const from = Math.max(sentence.start, sentence.start + match.offset.start - 3);
  const found = text.indexOf(clean, from);
  if (found < 0 || found > sentence.start + match.offset.start + 3 || found + clean.length > sentence.end) return undefined;
  return { start: found, end: found + clean.length };
}

/** True for a plausible organization: every word capitalised and not led by a nationality ("Russian oil" is not one). */
function isPlausibleOrganization(text: string): boolean {
  const words = text.split(/\s+/);
  return words.every((word) => /^\p{Lu}/u.test(word)) && !NATIONALITIES.has(words[0]);
}

/** compromise's people, places and organizations in `sentence`, as spans of `text`. */
export function compromiseHints(text: string, sentence: TextSpan): NameMention[] {
  const doc = nlp(text.slice(sentence.start, sentence.end));
  const groups: [NameKind, CompromiseMatch[]][] = [
    ['person', doc.people().json({ offset: true }) as CompromiseMatch[]],
    ['place', doc.places().json({ offset: true }) as CompromiseMatch[]],
    ['organization', doc.organizations().json({ offset: true }) as CompromiseMatch[]],
  ];
  const hints: NameMention[] = [];
  for (const [kind, matches] of groups) {
    for (const match of matches) {
      const span = locate(text, sentence, match);
      if (!span) continue;
      if (kind === 'organization' && !isPlausibleOrganization(text.slice(span.start, span.end))) continue;
      hints.push({ kind, ...span });
    }
  }
  return hints;
}
