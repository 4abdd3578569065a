// A possessive is no part of a name: "Moody's said" names Moody, "the Teamsters' strike" the Teamsters. The tagger learnt
// from OntoNotes, whose names keep a possessive ("Moody 's"), so its spans often end in one; the judge's gold does not.
import { cachedByText } from '../text/textCache';
import type { NameMention } from './nameMention';

/** A possessive at the end of a name: "'s" (any case, straight or curly), or the apostrophe after a plural's s. */
const POSSESSIVE_END = /(?:['’][sS]|(?<=[sS])['’])$/;

/** How many characters a name as written loses at its end to a possessive and the spaces before it (0 without one). Kept
 *  by name, since every mention is read on each keystroke. */
const possessiveLength = cachedByText((written): number => {
  const match = POSSESSIVE_END.exec(written);
  if (!match) return 0;
  let end = written.length - match[0].length;
  while (end > 0 && /\s/.test(written[end - 1])) end--;
  return written.length - end;
});

/** The name ending before its possessive; undefined when nothing would be left. */
function beforePossessive(text: string, name: NameMention): NameMention | undefined {
  const cut = possessiveLength(text.slice(name.start, name.end));
  if (cut === 0) return name;
  const end = name.end - cut;
  return end > name.start ? { ...name, end } : undefined;
}

/** The names with every possessive ending cut off: the mention, the hover and the sidebar read "Moody", not "Moody's". */
export function withoutPossessives(text: string, names: readonly NameMention[]): NameMention[] {
  return names.flatMap((name) => beforePossessive(text, name) ?? []);
}
