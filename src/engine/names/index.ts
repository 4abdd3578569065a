// Finds the people, organizations and places of a text: the trained tagger (src/engine/tagger) marks the names;
// title and credit rules fix spans and add roles; context and the rest of the document settle kinds and short forms.
import type { TextSpan } from '../types';
import type { DocumentText, LineText } from '../text/lines';
import { addAppositionRoles } from './appositions';
import { applyOrganizationCues } from './contextKinds';
import { findCredits } from './credits';
import { harmoniseKinds, joinedKnownPlaces, rejoinSplitNames, splitJoinedNames } from './documentKinds';
import { applyNounBefore, dropCommonWords, dropHeadlineModifiers, organizationsBySuffix } from './documentEvidence';
import type { NameMention } from './nameMention';
import { applyAges } from './ages';
import { applyMatchResults, resultSidesOfLine } from './matchResults';
import { overlapTester } from '../text/spanSearch';
import { withinNameLimits } from './nameLimits';
import { applyNaturalPlaces } from './naturalPlaces';
import { applyPlacesAfterDates } from './placesAfterDates';
import { namesAfterPosts } from './posts';
import { reconcileWithRules, type RuleNames } from './reconcile';
import { withoutPossessives } from './possessives';
import { personShortForms, withNumberSuffix, writesCourtesyTitles } from './shortForms';
import { withoutStorms } from './storms';
import { findTitledPersons } from './titles';

export type { NameKind, NameMention } from './nameMention';
export type { RuleNames } from './reconcile';

/** What the line rules find: names to reconcile with the tagger's, and the sides of results lines, which overrule it. */
interface LineRules extends RuleNames {
  results: NameMention[];
}

/** Titled persons ("Premier Li Qiang" → Li Qiang, role Premier), places inside titles, credited journalists,
 *  pairings of known places ("China-Russia") and the sides of results lines of one line, offsets relative to the
 *  line: they read only their line's own text. */
function lineRuleNames(line: LineText): LineRules {
  const rules: LineRules = { names: [], titles: [], results: resultSidesOfLine(line) };
  line.sentences.forEach((sentence, k) => {
    const titled = findTitledPersons(line.text, line.words.sentence(k));
    rules.names.push(...titled.names, ...findCredits(line.text, sentence));
    rules.titles.push(...titled.claimed);
  });
  if (/[-–—]/.test(line.text)) rules.names.push(...joinedKnownPlaces(line.text));
  return rules;
}

/** The rule names of a line, kept while the line is unchanged (one per edited document). */
export type RuleMemo = WeakMap<LineText, LineRules>;

/** The rule names of every line, each from the memo when the line is unchanged. */
function ruleNames(document: DocumentText, memo: RuleMemo): LineRules {
  const rules: LineRules = { names: [], titles: [], results: [] };
  for (const { start, line } of document.lines) {
    let found = memo.get(line);
    if (!found) {
      found = lineRuleNames(line);
      memo.set(line, found);
    }
    for (const name of found.names) rules.names.push(moved(name, start));
    for (const title of found.titles) rules.titles.push(moved(title, start));
    for (const side of found.results) rules.results.push(moved(side, start));
  }
  return rules;
}

/** The names with the sides of results lines (score lines' teams, ranked lists' competitors) in place of whatever
 *  overlapped them. */
function withResults(names: NameMention[], sides: readonly NameMention[]): NameMention[] {
  if (sides.length === 0) return names;
  const overlapsSide = overlapTester(sides);
  return [...names.filter((name) => !overlapsSide(name)), ...sides];
}

/** A span moved by `offset` characters. */
const moved = <T extends TextSpan>(span: T, offset: number): T => ({ ...span, start: span.start + offset, end: span.end + offset });

/** Every person, organization and place in the sentences of `text`, from the tagger's `tagged` names, in document order,
 *  with roles where stated. `document` is `documentText(text)`; an incremental analyser passes its memo of rule names. */
export function findNames(text: string, document: DocumentText, tagged: readonly NameMention[], memo: RuleMemo = new WeakMap()): NameMention[] {
  const { lines } = document;
  const rules = ruleNames(document, memo);
  const bounded = { names: withinNameLimits(text, rules.names), titles: rules.titles };
  const joined = rejoinSplitNames(text, splitJoinedNames(text, reconcileWithRules(text, withoutPossessives(text, withinNameLimits(text, tagged)), bounded)));
  const found = withoutStorms(text, withResults(dropCommonWords(text, joined.map((name) => withNumberSuffix(text, name)), document), rules.results), lines);
  const teams = rules.results.filter((side) => side.kind === 'organization');
  found.push(...personShortForms(text, found, lines));
  found.push(...withinNameLimits(text, organizationsBySuffix(found, lines)));
  const names = dropHeadlineModifiers(text, found, document);
  applyOrganizationCues(text, names, lines);
  applyNounBefore(text, names);
  const beaten = applyMatchResults(text, names, lines);
  applyPlacesAfterDates(text, names);
  applyNaturalPlaces(text, names);
  harmoniseKinds(text, names, new Set([...namesAfterPosts(text, names), ...beaten, ...teams, ...applyAges(text, names)]), writesCourtesyTitles(lines));
  addAppositionRoles(text, names);
  return names.sort((a, b) => a.start - b.start || b.end - a.end);
}
