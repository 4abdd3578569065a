// What the rules know better than the tagger: a title before a name fixes the person's span and role
// ("Chinese Vice Premier He Lifeng", not "Lifeng"), a title's own words are no names ("Secretary of State"),
// and credit lines name journalists.
import type { TextSpan } from '../types';
import { PORTFOLIOS, TITLE_HEADS } from './lexicon';
import { overlapFinder } from '../text/spanSearch';
import { cachedByText } from '../text/textCache';
import type { NameMention } from './nameMention';

/** Names the title and credit rules vouch for, and the title words ("Russian Industry and Trade Minister") they used up. */
export interface RuleNames {
  names: NameMention[];
  titles: TextSpan[];
}


/** True for words that are all portfolio words or "and" ("Industry and Trade"); kept by name. */
const isPortfolio = cachedByText((written): boolean => written.split(/\s+/).every((word) => PORTFOLIOS.has(word) || word === 'and' || word === '&'));

/** True for "Industry and Trade" in "Russia's Industry and Trade Minister": portfolio words before a title, no name. */
function isPortfolioOfTitle(text: string, name: NameMention): boolean {
  if (!isPortfolio(text.slice(name.start, name.end))) return false;
  const next = /^[ \t]+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(name.end, name.end + 30));
  return next !== null && TITLE_HEADS.has(next[1]);
}

/** A rule's person, ending where the tagger's person over it ends when that runs on: the rule reads at most three
 *  words and no hyphens ("President Zine al-Abidine Ben Ali"); the tagger reads the whole name. */
function extendedByTagger(rule: NameMention, over: readonly NameMention[]): NameMention {
  let end = rule.end;
  for (const name of over) if (name.kind === 'person' && name.start <= rule.start && name.end > end) end = name.end;
  return end === rule.end ? rule : { ...rule, end };
}

/** The tagger's names, overruled by the rules where they overlap, with the rules' other names added. */
export function reconcileWithRules(text: string, tagged: NameMention[], rules: RuleNames): NameMention[] {
  const { survivors, added } = reconciledParts(text, tagged, rules);
  return [...survivors, ...added];
}

/** reconcileWithRules's answer in its two parts, in order: the tagger's names that survive, and the rules' names added.
 *  Neither reads past a line, so an edited document reconciles each changed line alone and joins the parts in order. */
export function reconciledParts(text: string, tagged: NameMention[], rules: RuleNames): { survivors: NameMention[]; added: NameMention[] } {
  const titlesOver = overlapFinder(rules.titles);
  const insideTitle = (name: NameMention): boolean => titlesOver(name).some((t) => t.start <= name.start && name.end <= t.end);
  const kept = tagged.filter((name) => name.kind === 'place' || !(insideTitle(name) || isPortfolioOfTitle(text, name)));
  const keptOver = overlapFinder(kept);
  const overruled = new Set<NameMention>();
  const ruleNames = rules.names.map((rule) => (rule.kind === 'person' ? extendedByTagger(rule, keptOver(rule)) : rule));
  for (const rule of ruleNames) {
    for (const name of keptOver(rule)) if (rule.kind === 'person' || name.kind === rule.kind) overruled.add(name);
  }
  const survivors = kept.filter((name) => !overruled.has(name));
  const survivorsOver = overlapFinder(survivors);
  const added = ruleNames.filter((rule) => rule.kind === 'person' || survivorsOver(rule).length === 0);
  return { survivors, added };
}
