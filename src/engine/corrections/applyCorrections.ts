// The analysis's last say goes to the editor: corrections re-kind, drop and merge the entities the taggers and rules
// found, and mark names the taggers missed. Runs inside `analyse`, after grouping and before quotes get their speakers.
import { slugify } from '../entities/slug';
import type { Entity, EntityCorrection, FactKind, Mention } from '../types';
import type { Correction } from './correction';
import { correctionBook, correctionKey, type CorrectionBook } from './correctionBook';
import { missedNames } from './missedNames';

/** Mentions with their entities. */
export interface Facts {
  mentions: Mention[];
  entities: Entity[];
}

const isNamed = (kind: FactKind): boolean => kind === 'person' || kind === 'organization' || kind === 'place';

/** Where one first-pass entity goes: dropped, left as it is, or into a group of corrected facts. */
type Fate = { drop: true } | { drop: false; group: string; kind: FactKind; name: string; kindSet: boolean; mergedFrom?: string };

/** A named entity's fate: its name, or the name a "same as" chain leads to, decides its kind or drops it. */
function namedFate(entity: Entity, book: CorrectionBook, joinable: Map<string, Entity>, targets: Map<string, Entity>): Fate {
  const ownKey = correctionKey(entity.name);
  const target = book.sameAs(ownKey);
  const key = target?.key ?? ownKey;
  const set = book.kindOf(key);
  if (set === 'not-a-fact' || (!set && book.isNot(key, entity.kind))) return { drop: true };
  const targetEntity = target ? targets.get(target.key) : undefined;
  const kind: FactKind = set ?? targetEntity?.kind ?? entity.kind;
  if (!set && !target) return { drop: false, group: `id:${entity.id}`, kind, name: entity.name, kindSet: false };
  const group = groupKey(kind, key, joinable);
  const name = target ? (targetEntity?.name ?? target.name) : entity.name;
  return { drop: false, group, kind, name, kindSet: set !== undefined && set !== entity.kind, ...(target ? { mergedFrom: entity.name } : {}) };
}

/** The group a corrected fact joins: the uncorrected entity of that kind and name if there is one, else its own. */
function groupKey(kind: FactKind, key: string, joinable: Map<string, Entity>): string {
  const existing = joinable.get(`${kind}|${key}`);
  return existing ? `id:${existing.id}` : `key:${kind}|${key}`;
}

/** True when a correction drops this date or figure mention ("May" is not a date): dates and figures go by wording. */
function dropsMention(mention: Mention, book: CorrectionBook): boolean {
  const key = correctionKey(mention.text);
  return book.kindOf(key) === 'not-a-fact' || book.isNot(key, mention.kind);
}

/** A kept mention, the group it belongs to, and what a correction did to it. */
interface Kept {
  mention: Mention;
  group: string | undefined;
  name?: string;
  kindSet?: boolean;
  mergedFrom?: string;
  added?: boolean;
}

/** Applies `corrections` to the grouped facts; with none, returns them untouched. Never throws on odd corrections. */
export function applyCorrections(text: string, facts: Facts, corrections: readonly Correction[] | undefined): Facts {
  if (!corrections || corrections.length === 0) return facts;
  const book = correctionBook(corrections);
  const { mentions, entities } = facts;
  const named = entities.filter((entity) => isNamed(entity.kind));
  const targets = new Map<string, Entity>();
  for (const entity of named) if (!targets.has(correctionKey(entity.name))) targets.set(correctionKey(entity.name), entity);
  const untouched = named.filter((entity) => { const key = correctionKey(entity.name); return !book.kindOf(key) && !book.sameAs(key) && !book.isNot(key, entity.kind); });
  const joinable = new Map<string, Entity>();
  for (const entity of untouched) if (!joinable.has(`${entity.kind}|${correctionKey(entity.name)}`)) joinable.set(`${entity.kind}|${correctionKey(entity.name)}`, entity);
  const fates = new Map<string, Fate>(named.map((entity) => [entity.id, namedFate(entity, book, joinable, targets)]));
  const kept: Kept[] = [];
  for (const mention of mentions) {
    const fate = mention.entity ? fates.get(mention.entity) : undefined;
    if (fate?.drop || (!fate && (mention.kind === 'date' || mention.kind === 'figure') && dropsMention(mention, book))) continue;
    if (!fate) kept.push({ mention: { ...mention }, group: mention.entity && `id:${mention.entity}` });
    else kept.push({ mention: { ...mention, kind: fate.kind }, group: fate.group, name: fate.name, kindSet: fate.kindSet, ...(fate.mergedFrom ? { mergedFrom: fate.mergedFrom } : {}) });
  }
  for (const missed of missedNames(text, kept.map((k) => k.mention), book.kindNames)) {
    const mention: Mention = { kind: missed.kind, start: missed.start, end: missed.end, text: text.slice(missed.start, missed.end) };
    kept.push({ mention, group: groupKey(missed.kind, correctionKey(missed.name), joinable), name: missed.name, added: true });
  }
  kept.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  return regroup(kept, entities);
}

/** The facts again, in document order, each group one entity: an uncorrected entity keeps its id, a corrected one
 *  gets one from its kind and name. */
function regroup(kept: Kept[], entities: Entity[]): Facts {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const groups = new Map<string, { indices: number[]; members: Kept[] }>();
  kept.forEach((k, index) => {
    if (k.group === undefined) return;
    const group = groups.get(k.group) ?? { indices: [], members: [] };
    group.indices.push(index);
    group.members.push(k);
    groups.set(k.group, group);
  });
  const used = new Set([...groups.keys()].filter((key) => key.startsWith('id:')).map((key) => key.slice(3)));
  const mentions = kept.map((k) => k.mention);
  const result: Entity[] = [];
  for (const [key, { indices, members }] of groups) {
    const original = key.startsWith('id:') ? byId.get(key.slice(3)) : undefined;
    const kind = original?.kind ?? members[0].mention.kind;
    const name = original?.name ?? members.find((m) => !m.added)?.name ?? members[0].name ?? members[0].mention.text;
    const id = original?.id ?? freshId(`${kind}:${slugify(name)}`, used);
    const role = original?.role ?? members.find((m) => m.mention.role)?.mention.role;
    const correction = correctionOf(members);
    for (const index of indices) mentions[index].entity = id;
    result.push({ id, kind, name, ...(role ? { role } : {}), mentions: indices, ...(correction ? { correction } : {}) });
  }
  result.sort((a, b) => a.mentions[0] - b.mentions[0]);
  return { mentions, entities: result };
}

/** An id not yet used: the base, else the base with -2, -3 … */
function freshId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** What corrections did to a group's mentions, or undefined when they did nothing. */
function correctionOf(members: Kept[]): EntityCorrection | undefined {
  const merged = [...new Set(members.flatMap((m) => (m.mergedFrom ? [m.mergedFrom] : [])))];
  const added = members.filter((m) => m.added).length;
  const kind = members.some((m) => m.kindSet || m.added);
  if (!kind && merged.length === 0 && added === 0) return undefined;
  return { ...(kind ? { kind } : {}), ...(merged.length > 0 ? { merged } : {}), ...(added > 0 ? { added } : {}) };
}

/** The facts with the corrections applied; should applying them fail, the facts as found, and a warning. */
export function correctedFacts(text: string, facts: Facts, corrections: readonly Correction[] | undefined, warn: (message: string) => void): Facts {
  try {
    return applyCorrections(text, facts, corrections);
  } catch (error) {
    warn(`The corrections could not be applied: ${String(error)}`);
    return facts;
  }
}
