// "(Reporting by Lidia Kelly in Melbourne; Editing by Jacqueline Wong)": credit lines name journalists and where they were.
import type { TextSpan } from '../types';
import type { NameMention } from './nameMention';

/** "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Edited by". */
const CREDIT_OPENER = /\b(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Ww]ritten)\s+by\s+/g;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
/** One credited person, optionally "in Place". */
const CREDITED = new RegExp(String.raw`(${NAME})(?:\s+in\s+(${NAME}))?`, 'gu');

/** Trims trailing periods that are not part of an initial ("Smith." → "Smith", "John J." stays). */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === '.' && !/\s\p{Lu}\.$|^\p{Lu}\.$/u.test(text.slice(start, end))) end--;
  return end;
}

/** Persons and places named in the credit lines of `sentence`. */
export function findCredits(text: string, sentence: TextSpan): NameMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: NameMention[] = [];
  for (const opener of slice.matchAll(CREDIT_OPENER)) {
    const from = opener.index + opener[0].length;
    const stop = slice.slice(from).search(/[;)\]]|$/);
    const segment = slice.slice(from, from + stop);
    for (const credited of segment.matchAll(CREDITED)) {
      const base = sentence.start + from + credited.index;
      const person = credited[1];
      found.push({ kind: 'person', start: base, end: trimmedEnd(text, base, base + person.length) });
      if (credited[2]) {
        const placeStart = base + credited[0].lastIndexOf(credited[2]);
        found.push({ kind: 'place', start: placeStart, end: trimmedEnd(text, placeStart, placeStart + credited[2].length) });
      }
    }
  }
  return found;
}
