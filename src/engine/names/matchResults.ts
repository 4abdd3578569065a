// "Manchester United beat Chelsea 2-1": the two sides of a result are the same kind of competitor. The tagger knows
// Chelsea as a first name; beside a team that beat it by a score, it is a team.
import type { LineText, PlacedLine } from '../text/lines';
import { cachedByLine } from '../text/lineCache';
import { startingWithin } from '../text/spanSearch';
import type { NameMention } from './nameMention';

/** A score of one game ("2-1", "98-87"); a second one after it makes sets, as in tennis, whose players are persons. */
const SCORE = String.raw`\d{1,3}[-–]\d{1,3}\b(?![ \t]*,?[ \t]*\d{1,2}[-–]\d)`;
/** The verbs that stand alone between the two sides of a result ("beat", "drew with"), and those a score follows ("lost
 *  2-1 to"). */
const RESULT_VERBS = ['beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'crushed', 'downed', 'hammered',
  'overcame', 'stunned', 'upset', 'drew with', 'draw with', 'held', 'lost to', 'lose to'];
const SCORED_VERBS = ['won', 'lost', 'drew', 'fell'];
/** What stands between the two sides of a result: "beat", "drew with", "lost 2-1 to". */
const BETWEEN_SIDES = new RegExp(String.raw`^[ \t]+(?:${RESULT_VERBS.join('|')}|(?:${SCORED_VERBS.join('|')})[ \t]+${SCORE}[ \t]+` +
  String.raw`(?:to|against|with|at|over))[ \t]+$`);
/** A result's verb after a space: a line without one has no result, and its sentences are not searched. */
const RESULT_VERB = new RegExp(String.raw`[ \t](?:${[...RESULT_VERBS, ...SCORED_VERBS].join('|')})`);
/** True for a line that writes a result's verb, read once per line. */
const mayHoldResult = cachedByLine((line: LineText): boolean => RESULT_VERB.test(line.text));
/** A score right after the second side ("Chelsea 2-1", "Chelsea by 2-1"), when the words between carry none. */
const SCORE_AFTER = new RegExp(String.raw`^[ \t]+(?:by[ \t]+)?${SCORE}`);

/** True when `a` and then `b` are the two sides of a result in `text`. */
function areOpponents(text: string, a: NameMention, b: NameMention): boolean {
  const between = text.slice(a.end, b.start);
  if (!BETWEEN_SIDES.test(between)) return false;
  return /\d/.test(between) || SCORE_AFTER.test(text.slice(b.end, b.end + 16));
}

/** True for a person named by one word ("Chelsea"): a club the tagger took for a first name. A full name ("Ronnie
 *  Hale") is a player even when the tagger misreads the other side ("Judd [Trump]") as an organization. */
const isOneWordPerson = (text: string, name: NameMention): boolean => name.kind === 'person' && !/\s/.test(text.slice(name.start, name.end));

/** Makes an organization of a one-word person who is one side of a result whose other side is an organization, and
 *  returns the mentions it changed: their context says what they are, so the article's other mentions follow them. */
export function applyMatchResults(text: string, names: NameMention[], lines: readonly PlacedLine[]): Set<NameMention> {
  const teams = new Set<NameMention>();
  let sorted: NameMention[] | undefined;
  for (const { start: lineStart, line } of lines) {
    if (!mayHoldResult(line)) continue;
    sorted ??= [...names].sort((x, y) => x.start - y.start);
    for (const relative of line.sentences) {
      const inSentence = startingWithin(sorted, { start: relative.start + lineStart, end: relative.end + lineStart });
      for (let i = 1; i < inSentence.length; i++) {
        const [a, b] = [inSentence[i - 1], inSentence[i]];
        if (!areOpponents(text, a, b)) continue;
        const team = a.kind === 'organization' && isOneWordPerson(text, b) ? b : b.kind === 'organization' && isOneWordPerson(text, a) ? a : undefined;
        if (team) { team.kind = 'organization'; teams.add(team); }
      }
    }
  }
  return teams;
}

/** A side of a score line: one to four capitalised words ("Harlequins", "London Irish", "Heriot's F.P.", "Jed-Forest"). */
const SIDE = String.raw`(\p{Lu}[\p{L}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}'’.&-]*){0,3})`;
/** A line that is one game's score and nothing else, as results tables print them: "Harlequins 75 Gloucester 19",
 *  "Bath 56 Sale 31 (halftime 20-10)". */
const SCORE_LINE = new RegExp(String.raw`^[ \t]*${SIDE}[ \t]+(\d{1,3})[ \t]+${SIDE}[ \t]+(\d{1,3})[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*$`, 'du');

/** The two sides of a line that is a game's score alone, as teams (organizations), relative to the line. Whatever
 *  the tagger makes of "Sale" or "Wasps", in a score line they are teams. */
function teamsOfScoreLine(text: string): NameMention[] {
  const match = SCORE_LINE.exec(text);
  if (!match) return [];
  const [first, second] = [match.indices![1], match.indices![3]];
  return [{ kind: 'organization', start: first[0], end: first[1] }, { kind: 'organization', start: second[0], end: second[1] }];
}

/** A competitor in a ranked results list: a rank, a name, and the country or team in brackets after it ("5. Chryste
 *  Gaines (U.S.) 11.20", "8. Maarten den Bakker (Netherlands) TVM 1:33"). */
const RANKED = /(?:^|[ \t])\d{1,3}\.[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|von|den|der|de|da|del|di|du|le|la|bin|ibn|al|el)){0,4})[ \t]+\(\p{Lu}[^()\n]{0,30}\)/dgu;

/** The competitors of a line's ranked results, as persons, relative to the line. */
function competitorsOfLine(text: string): NameMention[] {
  if (!text.includes('(')) return [];
  return [...text.matchAll(RANKED)].map((match) => ({ kind: 'person', start: match.indices![1][0], end: match.indices![1][1] }));
}

/** The sides of a line's results, relative to the line: the teams of a score line ("Harlequins 75 Gloucester 19") and
 *  the competitors of a ranked list ("5. Chryste Gaines (U.S.) 11.20", persons whatever the tagger read of a name it
 *  had never seen). They overrule the tagger's names there; the teams also tell the article's other mentions. */
export function resultSidesOfLine(line: LineText): NameMention[] {
  return [...teamsOfScoreLine(line.text), ...competitorsOfLine(line.text)];
}
