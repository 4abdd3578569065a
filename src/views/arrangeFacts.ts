// Which facts of a kind the sidebar shows, and in what order: the filter text and the sort setting.
import type { Analysis } from '../engine/types';
import type { FactOrder } from '../config/newsLensConfig';
import { mentionsOfFact, type FactGroup } from '../format/factGroups';

/** The facts matching `query` (in their name, role or any mention's wording; case-insensitive), sorted by `order`. */
export function arrangeFacts(analysis: Analysis, facts: readonly FactGroup[], order: FactOrder, query: string): FactGroup[] {
  const needle = query.trim().toLocaleLowerCase();
  const matches = (fact: FactGroup) => needle === '' || [fact.name, fact.role ?? '', ...mentionsOfFact(analysis, fact).map((mention) => mention.text)]
    .some((text) => text.toLocaleLowerCase().includes(needle));
  const shown = facts.filter(matches);
  // Array.prototype.sort is stable: facts with as many mentions keep their order of first mention.
  return order === 'mentions' ? shown.sort((a, b) => b.mentions.length - a.mentions.length) : shown;
}
