// The one definition of a fact, shared by the status bar, Facts tree, hover card and every report: an entity the
// engine found (a person, a date's value, a figure's value and unit, …) or a lone mention it linked to no entity.
// Only types and the pure kind list come from engine/types, so the extension host never loads the tagger model.
import { FACT_KINDS, type Analysis, type ArticleDate, type FactKind, type Mention } from '../engine/types';

/** Kinds that are names (renamed, shown with a role); a date's or figure's fact name is its first wording outside a capitals headline. */
export const NAMED_KINDS: readonly FactKind[] = ['person', 'organization', 'place'];

/** One fact: an entity with its mentions, or a lone mention the engine did not link to an entity. */
export interface FactGroup {
  readonly id: string;
  readonly kind: FactKind;
  readonly name: string;
  readonly role: string | undefined;
  /** Indices into `Analysis.mentions`, in document order. */
  readonly mentions: readonly number[];
}

/** Every fact of an analysis, worked out once: the status bar, badge, tree, hover and outline all read the same one. */
interface DerivedFacts {
  readonly groups: Readonly<Record<FactKind, readonly FactGroup[]>>;
  readonly counts: Readonly<Record<FactKind, number>>;
  /** The fact each mention belongs to, by mention index. */
  readonly byMention: readonly (FactGroup | undefined)[];
}

/** Derived facts kept with their analysis (an analysis is never changed once made), forgotten with it. */
const derived = new WeakMap<Analysis, DerivedFacts>();

function derivedFacts(analysis: Analysis): DerivedFacts {
  let facts = derived.get(analysis);
  if (!facts) {
    const groups = buildGroups(analysis);
    const counts = Object.fromEntries(FACT_KINDS.map((kind) => [kind, groups[kind].length])) as Record<FactKind, number>;
    const byMention: (FactGroup | undefined)[] = new Array(analysis.mentions.length);
    for (const group of Object.values(groups).flat()) {
      for (const index of group.mentions) if (analysis.mentions[index]?.kind === group.kind) byMention[index] ??= group;
    }
    facts = { groups, counts, byMention };
    derived.set(analysis, facts);
  }
  return facts;
}

function buildGroups(analysis: Analysis): Record<FactKind, FactGroup[]> {
  const groups = Object.fromEntries(FACT_KINDS.map((kind) => [kind, [] as FactGroup[]])) as Record<FactKind, FactGroup[]>;
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const seen = new Set<string>();
  analysis.mentions.forEach((mention, index) => {
    const entity = mention.entity ? byId.get(mention.entity) : undefined;
    if (!entity) {
      groups[mention.kind]?.push({ id: `${mention.kind}@${mention.start}`, kind: mention.kind, name: mention.text, role: mention.role, mentions: [index] });
    } else if (!seen.has(entity.id)) {
      seen.add(entity.id);
      const mentions = entity.mentions.length > 0 ? entity.mentions : [index];
      groups[entity.kind]?.push({ id: entity.id, kind: entity.kind, name: entity.name, role: entity.role, mentions });
    }
  });
  return groups;
}

/** Every fact of the analysis, kind by kind in `FACT_KINDS` order, each kind's facts in order of first mention. */
export function groupFacts(analysis: Analysis): Readonly<Record<FactKind, readonly FactGroup[]>> {
  return derivedFacts(analysis).groups;
}

/** The number of facts per kind: what the status bar, the sidebar and the reports' "Found:" line all show. */
export function countFacts(analysis: Analysis): Readonly<Record<FactKind, number>> {
  return derivedFacts(analysis).counts;
}

/** The entity (or lone-mention fact) a mention belongs to, for the hover card. */
export function factOfMention(analysis: Analysis, mentionIndex: number): FactGroup | undefined {
  return derivedFacts(analysis).byMention[mentionIndex];
}

/** A fact's mentions themselves, in document order, for reports that print their wording and positions. */
export function mentionsOfFact(analysis: Analysis, fact: FactGroup): Mention[] {
  return fact.mentions.map((index) => analysis.mentions[index]).filter((mention): mention is Mention => mention !== undefined);
}

/** Names of the kinds: headings ("People"), one of a kind ("Person") and the status bar's short form ("orgs"). */
export const KIND_LABELS: Readonly<Record<FactKind, Readonly<{ one: string; many: string; short: string }>>> = {
  person: { one: 'Person', many: 'People', short: 'people' },
  organization: { one: 'Organization', many: 'Organizations', short: 'orgs' },
  place: { one: 'Place', many: 'Places', short: 'places' },
  date: { one: 'Date', many: 'Dates', short: 'dates' },
  figure: { one: 'Figure', many: 'Figures', short: 'figures' },
  quote: { one: 'Quote', many: 'Quotes', short: 'quotes' },
};

/** The summary line of a report: "3 people, 2 organizations, …" or "no facts found". */
export function describeFactCounts(analysis: Analysis): string {
  const counts = countFacts(analysis);
  const parts = FACT_KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
    const label = KIND_LABELS[kind][counts[kind] === 1 ? 'one' : 'many'];
    return `${counts[kind]} ${label.toLowerCase()}`;
  });
  return parts.length > 0 ? parts.join(', ') : 'no facts found';
}

/** The article date and where it came from, in words ("2025-11-03 (from the dateline)"). */
export function describeArticleDate(articleDate: ArticleDate): string {
  const origins: Record<ArticleDate['source'], string> = {
    option: 'as given',
    'front-matter': 'from the front matter',
    dateline: 'from the dateline',
    byline: 'from the publication date at the top',
    'date-line': 'from the Date: line',
    updated: 'from the last-updated date, as the text states no publication date',
    setting: 'from the newsLens.articleDate setting, as the text states no date',
    file: "the file's last modification day, as the text states no date",
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
