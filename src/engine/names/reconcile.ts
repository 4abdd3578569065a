// What the rules know better than the tagger: a title before a name fixes the person's span and role
// ("Chinese Vice Premier He Lifeng", not "Lifeng"), a title's own words are no names ("Secretary of State"),
// and credit lines name journalists.
import type { TextSpan } from '../types';
import { PORTFOLIOS, TITLE_HEADS } from './lexicon';
import { overlaps, type NameMention } from './nameMention';

/** Names the title and credit rules vouch for, and the title words ("Russian Industry and Trade Minister") they used up. */
export interface RuleNames {
  names: NameMention[];
  titles: TextSpan[];
}

/** True when the span lies wholly inside one of the title spans. */
const insideTitle = (span: TextSpan, titles: TextSpan[]): boolean => titles.some((t) => t.start <= span.start && span.end <= t.end);

/** True for "Industry and Trade" in "Russia's Industry and Trade Minister": portfolio words before a title, no name. */
function isPortfolioOfTitle(text: string, name: NameMention): boolean {
  const words = text.slice(name.start, name.end).split(/\s+/);
  const next = /^[ \t]+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(name.end, name.end + 30));
  return next !== null && TITLE_HEADS.has(next[1]) && words.every((word) => PORTFOLIOS.has(word) || word === 'and' || word === '&');
}

/** The tagger's names, overruled by the rules where they overlap, with the rules' other names added. */
export function reconcileWithRules(text: string, tagged: NameMention[], rules: RuleNames): NameMention[] {
  const kept = tagged.filter((name) => name.kind === 'place' || !(insideTitle(name, rules.titles) || isPortfolioOfTitle(text, name)));
  const overruled = new Set<NameMention>();
  for (const rule of rules.names) {
    for (const name of kept) if (overlaps(name, rule) && (rule.kind === 'person' || name.kind === rule.kind)) overruled.add(name);
  }
  const survivors = kept.filter((name) => !overruled.has(name));
  const added = rules.names.filter((rule) => rule.kind === 'person' || !survivors.some((name) => overlaps(name, rule)));
  return [...survivors, ...added];
}
