// Groups an analysis by kind and entity, the shape the sidebar, status bar and hover counts all read.
// From engine/types, not the engine's index, so the extension host never loads compromise (only the worker does).
import { FACT_KINDS, type Analysis, type FactKind } from '../engine/types';

/** One fact: an entity with its mentions, or a lone mention the engine did not link to an entity. */
export interface FactGroup {
  readonly id: string;
  readonly kind: FactKind;
  readonly name: string;
  readonly role: string | undefined;
  /** Indices into `Analysis.mentions`, in document order. */
  readonly mentions: readonly number[];
}

/** Every fact of the analysis, kind by kind in `FACT_KINDS` order, each kind's facts in order of first mention. */
export function groupFacts(analysis: Analysis): Record<FactKind, FactGroup[]> {
  const groups = Object.fromEntries(FACT_KINDS.map((kind) => [kind, [] as FactGroup[]])) as Record<FactKind, FactGroup[]>;
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const seen = new Set<string>();
  analysis.mentions.forEach((mention, index) => {
    const entity = mention.entity ? byId.get(mention.entity) : undefined;
    if (!entity) {
      groups[mention.kind].push({ id: `${mention.kind}@${mention.start}`, kind: mention.kind, name: mention.text, role: mention.role, mentions: [index] });
    } else if (!seen.has(entity.id)) {
      seen.add(entity.id);
      const mentions = entity.mentions.length > 0 ? entity.mentions : [index];
      groups[entity.kind]?.push({ id: entity.id, kind: entity.kind, name: entity.name, role: entity.role, mentions });
    }
  });
  return groups;
}

/** The number of facts per kind. */
export function countFacts(analysis: Analysis): Record<FactKind, number> {
  const groups = groupFacts(analysis);
  return Object.fromEntries(FACT_KINDS.map((kind) => [kind, groups[kind].length])) as Record<FactKind, number>;
}

/** The entity (or lone-mention fact) a mention belongs to. */
export function factOfMention(analysis: Analysis, mentionIndex: number): FactGroup | undefined {
  const mention = analysis.mentions[mentionIndex];
  if (!mention) return undefined;
  return groupFacts(analysis)[mention.kind].find((group) => group.mentions.includes(mentionIndex));
}

/** Human names of the kinds, singular and plural, for labels. */
export const KIND_LABELS: Readonly<Record<FactKind, { one: string; many: string; short: string }>> = {
  person: { one: 'Person', many: 'People', short: 'people' },
  organization: { one: 'Organization', many: 'Organizations', short: 'orgs' },
  place: { one: 'Place', many: 'Places', short: 'places' },
  date: { one: 'Date', many: 'Dates', short: 'dates' },
  figure: { one: 'Figure', many: 'Figures', short: 'figures' },
  quote: { one: 'Quote', many: 'Quotes', short: 'quotes' },
};
