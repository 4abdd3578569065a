// "Russian Prime Minister Mikhail Mishustin": a title before capitalised words makes a person; the title is the role.
import { KNOWN_PLACES } from './gazetteer';
import { CALENDAR_WORDS, NAME_PARTICLES, NATIONALITIES, ORG_SUFFIXES, PORTFOLIOS, TITLE_HEADS, TITLE_RANKS } from './lexicon';
import type { TextSpan } from '../types';
import type { NameMention } from './nameMention';
import { isCapitalised, isPossessive, nameEnd, withoutPossessive, type Token } from '../text/tokens';

const MAX_NAME_WORDS = 3;
/** Courtesy titles: they mark a person but say nothing of a role. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Sir', 'Dame', 'Lord', 'Lady']);

/** True when only whitespace (or an abbreviation's period and whitespace) separates two tokens. */
function adjacent(text: string, left: Token, right: Token, allowPeriod = false): boolean {
  const gap = text.slice(left.end, right.start);
  return allowPeriod ? /^\.?[ \t]+$/.test(gap) : /^[ \t]+$/.test(gap);
}

/** True for a word that can qualify a title from the left: rank, portfolio, nationality or a country. */
function isTitleModifier(token: Token): boolean {
  const word = withoutPossessive(token.text);
  if (isPossessive(token.text)) return KNOWN_PLACES.has(word);
  return TITLE_RANKS.has(word) || PORTFOLIOS.has(word) || NATIONALITIES.has(word) || KNOWN_PLACES.has(word);
}

/** Index of the first token of the title ending at `head`, walking left over modifiers and "and" between portfolios. */
function titleStart(text: string, tokens: readonly Token[], head: number): number {
  let start = head;
  while (start > 0 && adjacent(text, tokens[start - 1], tokens[start])) {
    const previous = tokens[start - 1];
    if (isTitleModifier(previous) && !isPossessive(tokens[start].text)) { start--; continue; }
    const joined = previous.text === 'and' && start > 1 && PORTFOLIOS.has(tokens[start - 2].text) && PORTFOLIOS.has(tokens[start].text);
    if (!joined) break;
    start -= 2;
  }
  return start;
}

/** Index of the last token of the title whose head is at `head` ("Secretary of State" continues past "of",
 *  "Secretary General" and "Attorney General" past "General"). */
function titleEnd(tokens: readonly Token[], head: number): number {
  if (tokens[head + 1]?.text === 'of' && PORTFOLIOS.has(tokens[head + 2]?.text ?? '')) return head + 2;
  if (tokens[head + 1]?.text === 'General' && tokens[head + 2] && isCapitalised(tokens[head + 2].text)) return head + 1;
  return head;
}

/** True for a particle ("da", "von der") that a capitalised name word follows. */
export function isParticle(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && NAME_PARTICLES.has(tokens[j].text)) j++;
  return j > i && j < tokens.length && isCapitalised(tokens[j].text);
}

/** True for a middle initial ("J" of "John J. Phelan"): one capital letter, written with a period. */
const isInitial = (text: string, token: Token): boolean => /^\p{Lu}$/u.test(token.text) && text[token.end] === '.';

/** Words after a surname that belong to the name ("Jr.", "III"). */
const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** The name tokens following the title: capitalised words (initials not counted), not titles or calendar words, ending at
 *  a possessive or a suffix ("Jr."). */
function nameTokens(text: string, tokens: readonly Token[], first: number): Token[] {
  const name: Token[] = [];
  let words = 0;
  for (let i = first; i < tokens.length && words < MAX_NAME_WORDS; i++) {
    const token = tokens[i];
    const word = withoutPossessive(token.text);
    if (name.length > 0 && isParticle(tokens, i) && adjacent(text, tokens[i - 1], token)) { name.push(token); continue; }
    if (!isCapitalised(word) || TITLE_HEADS.has(word) || CALENDAR_WORDS.has(word)) break;
    if (name.length === 0 && NAME_SUFFIXES.has(word)) break; // "King Jr." of "Martin Luther King Jr.": a suffix is no name
    if (!adjacent(text, tokens[i - 1], token, i === first || isInitial(text, tokens[i - 1]))) break;
    name.push(token);
    if (isPossessive(token.text)) break;
    if (!isInitial(text, token)) words++;
  }
  const suffix = tokens[first + name.length];
  if (name.length > 1 && suffix && NAME_SUFFIXES.has(suffix.text) && /^,?[ \t]+$/.test(text.slice(name[name.length - 1].end, suffix.start))) name.push(suffix);
  while (name.length > 0 && (NAME_PARTICLES.has(name[name.length - 1].text) || isInitial(text, name[name.length - 1]))) name.pop();
  const last = name[name.length - 1];
  return last && ORG_SUFFIXES.has(withoutPossessive(last.text)) ? [] : name;
}

/** Title words that are also common surnames ("Stephen King", "Martin Luther King Jr."). */
const SURNAME_TITLES = new Set(['King']);
/** Styles that stand before a title, never a name ("His Majesty King Hassan"). */
const STYLES = new Set(['Majesty', 'Highness', 'Excellency', 'Holiness']);

/** True when the title word at `head` is a surname ending a name: one of SURNAME_TITLES right after a capitalised word
 *  that cannot qualify a title ("Luther King", "Larry King", not "Saudi King", "Former King", "Majesty King"). */
function isSurnameAfterName(text: string, tokens: readonly Token[], head: number): boolean {
  const previous = tokens[head - 1];
  return SURNAME_TITLES.has(tokens[head].text) && previous !== undefined && isCapitalised(previous.text) && adjacent(text, previous, tokens[head], isInitial(text, previous))
    && !isTitleModifier(previous) && !TITLE_HEADS.has(withoutPossessive(previous.text)) && !STYLES.has(previous.text);
}

/** What the title rule finds: persons with roles, places inside titles, and the spans it used up. */
export interface TitledPersons {
  names: NameMention[];
  claimed: TextSpan[];
}

/** Persons introduced by a title, each with the title as role, plus the places named inside titles ("U.S. President"). */
export function findTitledPersons(text: string, tokens: readonly Token[]): TitledPersons {
  const found: NameMention[] = [];
  const claimed: TextSpan[] = [];
  for (let head = 0; head < tokens.length; head++) {
    if (!TITLE_HEADS.has(tokens[head].text) || isSurnameAfterName(text, tokens, head)) continue;
    const end = titleEnd(tokens, head);
    const name = nameTokens(text, tokens, end + 1);
    if (name.length === 0) continue;
    const start = titleStart(text, tokens, head);
    const roleEnd = tokens[end].end + (text[tokens[end].end] === '.' ? 1 : 0);
    const role = HONORIFICS.has(tokens[head].text) ? undefined : text.slice(tokens[start].start, roleEnd);
    const last = name[name.length - 1];
    const nameStop = nameEnd(last) + (NAME_SUFFIXES.has(last.text) && text[last.end] === '.' ? 1 : 0);
    found.push({ kind: 'person', start: name[0].start, end: nameStop, ...(role ? { role } : {}) });
    // "of State" of "Secretary of State" is left to the tagger: OntoNotes reads that State as an organization.
    claimed.push({ start: tokens[start].start, end: tokens[head].end }, { start: name[0].start, end: name[name.length - 1].end });
    for (let i = start; i < head; i++) {
      if (KNOWN_PLACES.has(withoutPossessive(tokens[i].text))) found.push({ kind: 'place', start: tokens[i].start, end: nameEnd(tokens[i]) });
    }
    head = end + name.length;
  }
  return { names: found, claimed };
}
