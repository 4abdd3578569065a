// What the tagger passes over but the article settles: a bare "Ding" or "MERKEL" after "Ding Xuexiang" or
// "Angela Merkel", and the number that ends a name ("Power of Siberia 2 pipeline").
import type { TextSpan } from '../types';
import type { LineText, PlacedLine } from '../text/lines';
import { cachedByLine } from '../text/lineCache';
import { isCapitalised, type Token } from '../text/tokens';
import { CALENDAR_WORDS, NATIONALITIES } from './lexicon';
import { overlapTester } from '../text/spanSearch';
import { personPartsOf } from './documentKinds';
import type { NameMention } from './nameMention';

/** Words after a number that make it a figure rather than part of a name ("2 percent", "2 billion"). */
const FIGURE_AFTER = /^\s*(?:%|percent|per\b|billion|million|thousand|trillion|bn|mln|years?|months?|weeks?|days?|hours?)/i;

/** A person's first or last word as written in a sentence: capitalised ("Ding") or in capitals ("MERKEL"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$|^\p{Lu}{3,}$/u;

/** A possessive ending ("Ding's", "MERKEL'S"), not part of the name. */
const POSSESSIVE_END = /['’]s$/i;

/** True when the word at `i` is joined to no word by a hyphen and, unless written in capitals (a headline's words all
 *  are), to no capitalised neighbour by spaces: "Dow" in "Dow Jones", "Greek" in "Greek Cypriot" and "Castro" in
 *  "pre-Castro" are parts of other names. */
function standsAlone(lineText: string, tokens: readonly Token[], i: number): boolean {
  const shouted = /^\p{Lu}+(?:['’]S)?$/u.test(tokens[i].text);
  const joined = (left: Token | undefined, right: Token | undefined, capital: Token | undefined): boolean => {
    if (!left || !right) return false;
    const gap = lineText.slice(left.end, right.start);
    return /^[-‐–]$/.test(gap) || (!shouted && /^[ \t]+$/.test(gap) && capital !== undefined && isCapitalised(capital.text));
  };
  return !joined(tokens[i - 1], tokens[i], tokens[i - 1]) && !joined(tokens[i], tokens[i + 1], tokens[i + 1]);
}

/** True for a word that is a person's first or last word but, standing alone, names something else: a month
 *  ("August"), a nationality ("Romanian"). */
const isOtherWord = (word: string): boolean => CALENDAR_WORDS.has(word) || NATIONALITIES.has(word);

/** A courtesy title before a name ("Mr. Hearst", "Ms Ruiz"): an article written so names its people that way, and a bare
 *  surname there is something else ("Hearst kept the paper alive": the company). */
const COURTESY_STYLE = /\b(?:Mr|Mrs|Ms)\.?[ \t]+\p{Lu}/u;

/** A word of a line that could be a short form: capitalised, standing alone, no month or nationality. */
interface Candidate {
  /** The word without a possessive, in lower case, as a person's parts are kept. */
  key: string;
  /** Offsets from the line's start: the word without its possessive, and the token's end (possessive included). */
  start: number;
  end: number;
  tokenEnd: number;
}

/** True when a line writes a courtesy title ("Mr. Li"). */
const writesCourtesyTitle = cachedByLine((line: LineText): boolean => COURTESY_STYLE.test(line.text));

/** A line's candidate words for short forms, in text order, read once per line (the test never crosses a line break). */
const shortFormsOfLine = cachedByLine((line: LineText): Candidate[] => {
  const candidates: Candidate[] = [];
  for (const sentence of line.words.all()) {
    for (const [i, token] of sentence.entries()) {
      if (!isCapitalised(token.text)) continue;
      const word = POSSESSIVE_END.test(token.text) ? token.text.slice(0, -2) : token.text;
      if (!NAME_WORD.test(word) || isOtherWord(word) || !standsAlone(line.text, sentence, i)) continue;
      candidates.push({ key: word.toLowerCase(), start: token.start, end: token.start + word.length, tokenEnd: token.end });
    }
  }
  return candidates;
});

/** True when the article calls its people "Mr." or "Ms." somewhere: there a bare surname is something else (the
 *  company, the family, the building), not the person. */
export function writesCourtesyTitles(lines: readonly PlacedLine[]): boolean {
  return lines.some(({ line }) => writesCourtesyTitle(line));
}

/** Persons for single words, standing alone, that are the first or last word of a person the document names in full. */
export function personShortForms(text: string, names: NameMention[], lines: readonly PlacedLine[]): NameMention[] {
  const parts = personPartsOf(text, names);
  const found: NameMention[] = [];
  if (parts.size === 0 || writesCourtesyTitles(lines)) return found;
  const isNamed = overlapTester(names);
  for (const { start: lineStart, line } of lines) {
    for (const candidate of shortFormsOfLine(line)) {
      if (!parts.has(candidate.key)) continue;
      const start = lineStart + candidate.start;
      if (!isNamed({ start, end: lineStart + candidate.tokenEnd })) found.push({ kind: 'person', start, end: lineStart + candidate.end });
    }
  }
  return found;
}

/** True for an ASCII digit's code (NaN, past the text's end, is none). */
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Extends a name of two or more words, not a person's, by the one digit after it when a lower-case word follows
 *  ("Nord Stream 2 pipeline"). Longer numbers after a name are scores, model numbers or counts ("C. Lewis 80 not out",
 *  "Intel Corp. 386 microprocessor", "the Federal Reserve's 12 district banks"), never the name's. */
export function withNumberSuffix(text: string, name: NameMention & TextSpan): NameMention {
  if (!isDigit(text.charCodeAt(name.end + 1))) return name;
  const match = /^[ \t](\d)(?=[ \t]+\p{Ll})/u.exec(text.slice(name.end, name.end + 4));
  const written = text.slice(name.start, name.end);
  if (!match || name.kind === 'person' || !/\s/.test(written) || /['’]s$/.test(written)) return name;
  return FIGURE_AFTER.test(text.slice(name.end + match[0].length)) ? name : { ...name, end: name.end + match[0].length };
}
