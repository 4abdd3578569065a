// `title-case`: AP's rule for formal titles. Directly before a name a formal title is capitalised ("President Donald
// Trump", "former Gov. Jerry Brown"); standing alone after a name it is lower case ("Trump, the president,"). Only
// formal titles, those of office, count: occupational words ("coach", "spokesman", "chief executive") stay lower case
// in both places, so they are never flagged.
import { NATIONALITIES } from '../names/lexicon';
import type { Mention } from '../types';
import type { DraftText } from './draftText';
import type { CheckFinding } from './finding';

/** Formal titles of office, as written before a name (lower case here; matched case-insensitively). Longest first. */
const FORMAL_TITLES = [
  'vice president', 'president-elect', 'president', 'prime minister', 'deputy prime minister', 'vice premier', 'premier',
  'chancellor', 'secretary of state', 'secretary-general', 'attorney general', 'governor', 'gov.', 'senator', 'sen.',
  'representative', 'rep.', 'congressman', 'congresswoman', 'mayor', 'king', 'queen', 'crown prince', 'prince', 'princess',
  'emperor', 'pope', 'ambassador', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'sheikh', 'general', 'gen.', 'admiral',
  'adm.', 'colonel', 'col.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'chief justice', 'justice', 'judge',
  'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'interior minister', 'health minister',
  'trade minister', 'energy minister', 'economy minister', 'justice minister', 'education minister', 'minister',
  'foreign secretary', 'home secretary', 'defense secretary', 'defence secretary', 'treasury secretary', 'state secretary',
];

const escaped = (title: string): string => title.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]+');
/** Words of rank that belong to the title after them ("surgeon general", "deputy mayor", "rear admiral"): capitalised
 *  with it, never left behind in lower case before a capitalised title ("surgeon General"). */
const RANKS = ['surgeon', 'inspector', 'solicitor', 'postmaster', 'lieutenant', 'major', 'brigadier', 'vice', 'rear', 'associate',
  'deputy', 'assistant', 'district', 'circuit', 'chief'];
/** A title in lower case right before a name, with at most "former"/"then-" before it and nothing between. */
const LOWER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.-])((?:(?:${RANKS.join('|')})[ \\t]+)?(?:${FORMAL_TITLES.map(escaped).join('|')}))[ \\t]+$`, 'u');
/** ", the President," after a name: a capitalised title standing alone (followed by punctuation, "of", or "and"). */
const CAPITALISED_AFTER = new RegExp(`^,[ \\t]+(?:the[ \\t]+)?(?:former[ \\t]+)?((?:${FORMAL_TITLES.map(escaped).join('|')}))(?=[ \\t]*(?:[,;.)]|of\\b|for\\b|and\\b))`, 'iu');

/** "prime minister" → "Prime Minister", "gov." → "Gov.", "secretary-general" → "Secretary-General", "secretary of
 *  state" → "Secretary of State" (the small words of a title stay lower case). */
const capitalised = (title: string): string =>
  title.replace(/(^|[ \t-])(\p{Ll}+)/gu, (whole, space: string, word: string) => (space && /^(?:of|the|for|and)$/.test(word) ? whole : space + word.charAt(0).toUpperCase() + word.slice(1)));

/** Titles companies, unions and clubs give their officers too: AP lower-cases them after the body's name ("Red Cross
 *  president Li Song-ho", "union president Vincent Sombrotto", "General Electric senior vice president Frank Doyle"). */
const ORGANIZATION_TITLES = /^(?:(?:senior|executive|first)[ \t]+)*(?:vice[ \t]+president|president|president-elect)$/;
/** Words that name the body an officer serves, written before the title. */
const BODIES = /(?:^|[ \t])(?:company|firm|union|federation|association|club|team|board|league|university|college|school|foundation|society|council|committee|group|bank|network|party|chamber|institute|agency|organization|organisation)$/;

/** True when the title before a name is an organization's officer's: an organization's name or a word for one before it. */
function isOfficerOfABody(draft: DraftText, title: string, titleStart: number): boolean {
  if (!ORGANIZATION_TITLES.test(title)) return false;
  const window = draft.text.slice(Math.max(0, titleStart - 40), titleStart);
  const before = window.replace(/(?:(?:senior|executive|first)[ \t]+)*$/, '').replace(/[ \t]+$/, '');
  if (BODIES.test(before)) return true;
  const end = titleStart - (window.length - before.length);
  return draft.analysis.mentions.some((m) => m.kind === 'organization' && m.end === end && !readsAsDemonym(m.text));
}

/** A word that names a people, not a body ("Philippine", "Iranian", "Chinese"), however the tagger read it. */
const readsAsDemonym = (name: string): boolean => NATIONALITIES.has(name) || (!/\s/.test(name) && /\p{Ll}(?:ine|ian|ese|ish|ean|an|i|ic)$/u.test(name));

/** A fix and finding for one title. */
function finding(start: number, written: string, wanted: string, person: Mention, message: string): CheckFinding {
  return {
    rule: 'title-case', start, end: start + written.length, text: written, severity: 'information', message,
    fixes: [{ title: `Change to "${wanted}"`, edits: [{ start, end: start + written.length, newText: wanted }] }],
    related: [{ start: person.start, end: person.end, message: `the name: "${person.text}"` }],
  };
}

/** Findings for formal titles in the wrong case, before and after a person's name. */
export function titleCaseFindings(draft: DraftText): CheckFinding[] {
  const { text } = draft;
  const findings: CheckFinding[] = [];
  for (const person of draft.analysis.mentions) {
    if (person.kind !== 'person' || !draft.isProse(person.start) || draft.isQuoted(person.start)) continue;
    const before = LOWER_BEFORE.exec(text.slice(Math.max(0, person.start - 40), person.start));
    const titleStart = before ? person.start - before[0].length : -1;
    if (before && before[1] === before[1].toLowerCase() && !/\b(?:a|an)[ \t]+$/i.test(text.slice(Math.max(0, person.start - 50), titleStart))
      && !isOfficerOfABody(draft, before[1], titleStart)) {
      const start = titleStart;
      findings.push(finding(start, before[1], capitalised(before[1]), person,
        `A formal title directly before a name is capitalised: "${capitalised(before[1])} ${person.text}".`));
    }
    const after = CAPITALISED_AFTER.exec(text.slice(person.end, person.end + 60));
    if (after && after[1] !== after[1].toLowerCase() && !draft.isQuoted(person.end + 1)) {
      const start = person.end + after[0].length - after[1].length;
      findings.push(finding(start, after[1], after[1].toLowerCase(), person,
        `A title standing alone after a name is lower case: "${person.text}, the ${after[1].toLowerCase()}".`));
    }
  }
  return findings;
}
