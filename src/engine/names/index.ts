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
import { reconciledParts, reconcileWithRules, type RuleNames } from './reconcile';
import { withoutPossessives } from './possessives';
import { personShortForms, withNumberSuffix, writesCourtesyTitles } from './shortForms';
import { withoutStorms } from './storms';
import { copyShapeOf, endWithin, movedCopy, offsetBack, sameMoved, type CopyShape } from '../text/movedSpans';
import { findTitledPersons } from './titles';

export type { NameKind, NameMention } from './nameMention';
export type { RuleNames } from './reconcile';

/** What the line rules find: names to reconcile with the tagger's, and the sides of results lines, which overrule it;
 *  and, once reconciled in an edited document, the line's names for the tagger names they were reconciled from. */
interface LineRules extends RuleNames {
  results: NameMention[];
  reconciled?: ReconciledLine;
}

/** One line's tagger names (as the tagger gave them) reconciled with its rules: offsets relative to the line. */
interface ReconciledLine {
  tagged: NameMention[];
  survivors: NameMention[];
  /** Each survivor's shape, by which a run copies it. */
  survivorShapes: CopyShape[];
  added: NameMention[];
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
    const found = rulesOfLine(line, memo);
    for (const name of found.names) rules.names.push(moved(name, start));
    for (const title of found.titles) rules.titles.push(moved(title, start));
    for (const side of found.results) rules.results.push(moved(side, start));
  }
  return rules;
}

/** The rules of a line, from the memo when the line is unchanged. */
function rulesOfLine(line: LineText, memo: RuleMemo): LineRules {
  let found = memo.get(line);
  if (!found) {
    found = lineRuleNames(line);
    memo.set(line, found);
  }
  return found;
}

/** True when two tagger names, at the same place, are of one kind (kind and span: all the tagger gives). */
const sameKind = (a: NameMention, b: NameMention): boolean => a.kind === b.kind;

/** One line's tagger names bounded, without possessives and reconciled with its rules: each step reads only the
 *  names' own words and what follows them on their line, so the line's text answers as the document's would. */
function reconcileLine(line: LineText, rules: LineRules, tagged: NameMention[]): ReconciledLine {
  const bounded = { names: withinNameLimits(line.text, rules.names), titles: rules.titles };
  const { survivors, added } = reconciledParts(line.text, withoutPossessives(line.text, withinNameLimits(line.text, tagged)), bounded);
  return { tagged, survivors, survivorShapes: survivors.map(copyShapeOf), added };
}

/** The tagger's names reconciled with the rules, line by line, each line's answer kept while its text and tagger names
 *  are unchanged: the tagger's survivors of every line, then the rules' names added, as reconciling the whole
 *  document orders them. Undefined when a tagger name is out of order or crosses a line (then the document is
 *  reconciled whole). Also gives every line's results sides, moved. */
function reconciledByLine(document: DocumentText, tagged: readonly NameMention[], memo: RuleMemo): { names: NameMention[]; results: NameMention[] } | undefined {
  const survivors: NameMention[] = [];
  const added: NameMention[] = [];
  const results: NameMention[] = [];
  let next = 0;
  for (const { start, line } of document.lines) {
    if (line.text.length === 0) continue; // a blank line: no rule and no tagger name
    const from = next;
    next = endWithin(tagged, from, start, start + line.text.length);
    if (next < 0) return undefined;
    const rules = rulesOfLine(line, memo);
    if (!rules.reconciled || !sameMoved(rules.reconciled.tagged, tagged, from, next, start, sameKind)) {
      const own = tagged.slice(from, next).map((name) => moved(name, offsetBack(start)));
      rules.reconciled = reconcileLine(line, rules, own);
    }
    const kept = rules.reconciled;
    for (let i = 0; i < kept.survivors.length; i++) survivors.push(movedCopy(kept.survivors[i], kept.survivorShapes[i], start));
    for (const name of kept.added) added.push(moved(name, start));
    for (const side of rules.results) results.push(moved(side, start));
  }
  if (next < tagged.length) return undefined;
  for (const name of added) survivors.push(name);
  return { names: survivors, results };
}

/** The tagger's names reconciled with the rules over the whole document, and the results sides. */
function reconciledWhole(text: string, document: DocumentText, tagged: readonly NameMention[], memo: RuleMemo): { names: NameMention[]; results: NameMention[] } {
  const rules = ruleNames(document, memo);
  const bounded = { names: withinNameLimits(text, rules.names), titles: rules.titles };
  return { names: reconcileWithRules(text, withoutPossessives(text, withinNameLimits(text, tagged)), bounded), results: rules.results };
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
 *  with roles where stated. `document` is `documentText(text)`; an incremental analyser passes its memo of rule names,
 *  and each unchanged line's names reconciled with them. */
export function findNames(text: string, document: DocumentText, tagged: readonly NameMention[], memo?: RuleMemo): NameMention[] {
  const { lines } = document;
  const reconciled = (memo && reconciledByLine(document, tagged, memo)) ?? reconciledWhole(text, document, tagged, memo ?? new WeakMap());
  const joined = rejoinSplitNames(text, splitJoinedNames(text, reconciled.names));
  const found = withoutStorms(text, withResults(dropCommonWords(text, joined.map((name) => withNumberSuffix(text, name)), document), reconciled.results), lines);
  const teams = reconciled.results.filter((side) => side.kind === 'organization');
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
