// "The board will meet on April 2 in Sion": after a date, "in" names where something happens, so the name is a place,
// whatever else the tagger knows it as (FC Sion is a football club in its training news).
import { CALENDAR_WORDS } from './lexicon';
import { asciiWordBefore } from '../text/wordBefore';
import type { NameMention } from './nameMention';

/** A date and "in" right before a name: "on April 2 in ", "Thursday in ", "in 2027 in ". */
const DATE_THEN_IN = new RegExp(String.raw`\b(?:(?:${[...CALENDAR_WORDS].join('|')})\.?(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \t]+\d{4})?|(?:19|20)\d\d)[ \t]+in[ \t]+$`);

/** How far before a name its date is looked for. */
const DATE_WINDOW = 30;

/** Makes a place of an organization or person written right after a date and "in". */
export function applyPlacesAfterDates(text: string, names: NameMention[]): void {
  for (const name of names) {
    if (name.kind === 'place' || asciiWordBefore(text, name.start) !== 'in') continue;
    if (DATE_THEN_IN.test(text.slice(Math.max(0, name.start - DATE_WINDOW), name.start))) name.kind = 'place';
  }
}
