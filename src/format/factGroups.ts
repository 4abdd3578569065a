// Groups an analysis the way people read a fact sheet: names by entity, dates, figures and quotes one by one.
import type { Analysis, ArticleDate, FactKind, Mention } from '../engine';

/** Kinds that name things; their mentions are grouped by entity. The other kinds are listed mention by mention. */
export const NAMED_KINDS: readonly FactKind[] = ['person', 'organization', 'place'];

/** Section headings for each kind, shared by the text and Markdown reports. */
export const KIND_HEADINGS: Readonly<Record<FactKind, string>> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  date: 'Dates',
  figure: 'Figures',
  quote: 'Quotes',
};

const KIND_COUNT_NOUNS: Readonly<Record<FactKind, [string, string]>> = {
  person: ['person', 'people'],
  organization: ['organization', 'organizations'],
  place: ['place', 'places'],
  date: ['date', 'dates'],
  figure: ['figure', 'figures'],
  quote: ['quote', 'quotes'],
};

/** One named thing and all its mentions in document order. */
export interface EntityGroup {
  name: string;
  role?: string;
  mentions: Mention[];
}

/** The mentions of one kind, in document order. */
export function mentionsOfKind(analysis: Analysis, kind: FactKind): Mention[] {
  return analysis.mentions.filter((mention) => mention.kind === kind);
}

/** The entities of a named kind in order of first mention, including mentions the engine left without an entity. */
export function entityGroupsOfKind(analysis: Analysis, kind: FactKind): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  const grouped = new Set<Mention>();
  for (const entity of analysis.entities) {
    if (entity.kind !== kind) continue;
    const mentions = entity.mentions.map((index) => analysis.mentions[index]).filter((mention) => mention?.kind === kind);
    mentions.forEach((mention) => grouped.add(mention));
    if (mentions.length > 0) groups.set(`entity:${entity.id}`, { name: entity.name, role: entity.role, mentions });
  }
  for (const mention of mentionsOfKind(analysis, kind)) {
    if (grouped.has(mention)) continue;
    const key = mention.entity !== undefined ? `orphan:${mention.entity}` : `text:${mention.text}`;
    const group = groups.get(key) ?? { name: mention.text, role: mention.role, mentions: [] };
    group.mentions.push(mention);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, mentions: [...group.mentions].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** How many facts of each kind were found ("3 people, 1 quote"), counting named things once per entity. */
export function countFacts(analysis: Analysis): Array<{ kind: FactKind; count: number }> {
  const kinds: FactKind[] = ['person', 'organization', 'place', 'date', 'figure', 'quote'];
  return kinds.map((kind) => ({
    kind,
    count: NAMED_KINDS.includes(kind) ? entityGroupsOfKind(analysis, kind).length : mentionsOfKind(analysis, kind).length,
  }));
}

/** The summary line of a report: "3 people, 2 organizations, …" or "no facts found". */
export function describeFactCounts(analysis: Analysis): string {
  const parts = countFacts(analysis)
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `${count} ${KIND_COUNT_NOUNS[kind][count === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'no facts found';
}

/** The article date and where it came from, in words ("2025-11-03, from the dateline"). */
export function describeArticleDate(articleDate: ArticleDate): string {
  const origins: Record<ArticleDate['source'], string> = {
    option: 'as given',
    dateline: 'from the dateline',
    'date-line': 'from the Date: line',
    today: "today's date, none found in the text",
  };
  return `${articleDate.value} (${origins[articleDate.source] ?? articleDate.source})`;
}

/** The name of the entity with this id (a quote's speaker), or the id itself when the entity is unknown. */
export function entityNameOf(analysis: Analysis, id: string): string {
  return analysis.entities.find((entity) => entity.id === id)?.name ?? id;
}

/** A figure's value in words and digits: "21%", "50,000,000,000 cubic metres", "USD 1,200". */
export function describeFigureValue(mention: Mention): string {
  if (typeof mention.value !== 'number') return mention.value ?? '';
  const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(mention.value);
  if (mention.unit === undefined || mention.unit === '') return digits;
  if (mention.unit === '%') return `${digits}%`;
  return /^[A-Z]{3}$/.test(mention.unit) ? `${mention.unit} ${digits}` : `${digits} ${mention.unit}`;
}

/** Text of the document on one line, safe for a terminal or a table: whitespace runs collapsed, control characters replaced. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD').trim();
}
