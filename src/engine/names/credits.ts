// "(Reporting by Lidia Kelly in Melbourne; Editing by Jacqueline Wong)" and a byline "By Clara Vidal": credit lines
// name journalists and where they were. Only real credit lines count: "compiled by A.C. Nielsen Co." in a sentence
// credits a firm's data, not a journalist, and a wire credited by name ("Compiled by Dow Jones Newswires") is a firm.
import type { TextSpan } from '../types';
import { ORG_SUFFIXES } from './lexicon';
import type { NameMention } from './nameMention';

/** "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Edited by". */
const CREDIT_OPENER = /\b(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Ww]ritten)\s+by\s+/g;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
/** One credited name, optionally "in Place". */
const CREDITED = new RegExp(String.raw`(${NAME})(?:\s+in\s+(${NAME}))?`, 'gu');
/** A byline: a line holding only "By" and one or more names ("By Clara Vidal", "By Ann Lee and Tom Baker"). */
const BYLINE = new RegExp(String.raw`^\s*(?:By|BY)\s+(${NAME}(?:(?:\s*,\s*|\s+and\s+)${NAME})*)\s*$`, 'u');
/** Words that end a wire's or desk's name rather than a journalist's ("Dow Jones Newswires", "Singapore Newsroom"). */
const WIRE_WORDS = new Set(['Newswires', 'Newswire', 'Wires', 'Wire', 'Newsroom', 'Desk', 'Staff', 'Service', 'Services']);
/** Abbreviations whose period belongs to the name ("Co.", "Inc.", "Jr."). */
const ABBREVIATED = /(?:^|\s)(?:\p{Lu}|Co|Inc|Corp|Ltd|Bros|Jr|Sr)\.$/u;

/** Trims trailing periods that are not an initial's or an abbreviation's ("Smith." → "Smith"; "John J.", "Nielsen Co." stay). */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === '.' && !ABBREVIATED.test(text.slice(start, end))) end--;
  return end;
}

/** Where the credit line opened by the opener at `at` ends: at the closing bracket when the opener follows an opening
 *  one, at `limit` when it is the line's first words; undefined when the opener starts no credit line ("compiled by"
 *  in a sentence). */
function creditLineEnd(text: string, at: number, limit: number): number | undefined {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === 0 || text[i - 1] === '\n') return limit;
  if (text[i - 1] !== '(' && text[i - 1] !== '[') return undefined;
  const close = text.slice(at, limit).search(/[)\]]/);
  return close < 0 ? limit : at + close;
}

/** The credited name as a mention: a wire or a company (its last word a firm's) is an organization; a journalist is
 *  credited by full name, so a single word is left to the tagger. */
function creditedName(text: string, start: number, written: string): NameMention | undefined {
  const end = trimmedEnd(text, start, start + written.length);
  const words = text.slice(start, end).split(/\s+/);
  const last = words[words.length - 1].replace(/\.$/, '');
  if (WIRE_WORDS.has(last) || ORG_SUFFIXES.has(last)) return { kind: 'organization', start, end };
  return words.length > 1 ? { kind: 'person', start, end } : undefined;
}

/** The names of one credit segment ("Lidia Kelly in Melbourne and Ryan Woo in Beijing"), `from` its offset. */
function segmentNames(text: string, from: number, segment: string): NameMention[] {
  const found: NameMention[] = [];
  for (const credited of segment.matchAll(CREDITED)) {
    const base = from + credited.index;
    const name = creditedName(text, base, credited[1]);
    if (name) found.push(name);
    if (credited[2]) {
      const placeStart = base + credited[0].lastIndexOf(credited[2]);
      found.push({ kind: 'place', start: placeStart, end: trimmedEnd(text, placeStart, placeStart + credited[2].length) });
    }
  }
  return found;
}

/** The names of a byline line, when `sentence` is one. */
function bylineNames(text: string, sentence: TextSpan): NameMention[] {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const byline = BYLINE.exec(line);
  if (!byline || lineStart + line.indexOf(byline[1]) < sentence.start) return [];
  return segmentNames(text, lineStart + byline.index + byline[0].indexOf(byline[1]), byline[1]);
}

/** Persons, wires and places named in the credit lines and bylines of `sentence` (offsets into `text`, a line). */
export function findCredits(text: string, sentence: TextSpan): NameMention[] {
  const found: NameMention[] = bylineNames(text, sentence);
  let lineEnd = -1;
  for (const opener of text.slice(sentence.start, sentence.end).matchAll(CREDIT_OPENER)) {
    const at = sentence.start + opener.index;
    if (at >= lineEnd) lineEnd = creditLineEnd(text, at, sentence.end) ?? -1;
    if (at >= lineEnd) continue;
    const from = at + opener[0].length;
    const rest = text.slice(from, lineEnd);
    found.push(...segmentNames(text, from, rest.slice(0, rest.search(/[;)\]]|$/))));
  }
  return found;
}
