// "Anton Alikhanov, Russia's Industry and Trade Minister, said": an apposition after a person names the role.
import { TITLE_HEADS } from './lexicon';
import type { NameMention } from './nameMention';

const MAX_ROLE_WORDS = 8;
/** The phrase between the comma after a name and the next comma, period, semicolon or bracket. */
const APPOSITION = /^,[ \t]+([^,.;:()“”"\n]{2,80}?)(?=[ \t]*(?:[,;:)]|\.(?:\s|$)|$))/;

/** True when the phrase ends with a title ("Russia's Industry and Trade Minister", "President of the United States"). */
function endsWithTitle(phrase: string): boolean {
  const words = phrase.replace(/\s+of\s+(?:the\s+)?\p{Lu}.*$/u, '').split(/\s+/);
  const last = words[words.length - 1];
  const lastTwo = words.slice(-2).join(' ');
  const titled = (word: string) => TITLE_HEADS.has(word) || TITLE_HEADS.has(word.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
  return words.length <= MAX_ROLE_WORDS && (titled(last) || titled(lastTwo));
}

/** Gives a role to each person without one when an apposition right after the name states it. */
export function addAppositionRoles(text: string, names: NameMention[]): void {
  for (const name of names) {
    // The apposition opens with a comma right after the name (a possessive before it leaves none).
    if (name.kind !== 'person' || name.role || text[name.end] !== ',') continue;
    const apposition = APPOSITION.exec(text.slice(name.end, name.end + 90).replace(/^['’]s\b/, '  '));
    if (apposition && endsWithTitle(apposition[1].trim())) name.role = apposition[1].trim();
  }
}
