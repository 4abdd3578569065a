// A possessive is no part of a name: "Moody's said" names Moody, "the Teamsters' strike" the Teamsters. The tagger learnt
// from OntoNotes, whose names keep a possessive ("Moody 's"), so its spans often end in one; the judge's gold does not.
import type { NameMention } from './nameMention';

/** A possessive at the end of a name: "'s" (any case, straight or curly), or the apostrophe after a plural's s. */
const POSSESSIVE_END = /(?:['’][sS]|(?<=[sS])['’])$/;

/** The name ending before its possessive; undefined when nothing would be left. */
function beforePossessive(text: string, name: NameMention): NameMention | undefined {
  const match = POSSESSIVE_END.exec(text.slice(name.start, name.end));
  if (!match) return name;
  let end = name.end - match[0].length;
  while (end > name.start && /\s/.test(text[end - 1])) end--;
  return end > name.start ? { ...name, end } : undefined;
}

/** The names with every possessive ending cut off: the mention, the hover and the sidebar read "Moody", not "Moody's". */
export function withoutPossessives(text: string, names: readonly NameMention[]): NameMention[] {
  return names.flatMap((name) => beforePossessive(text, name) ?? []);
}
