// Gives every mention a stable, readable entity id ("person:li-qiang", "date:2025-11-03") and builds the entities.
import type { Entity, Mention, TextSpan } from '../types';
import { firstEndingAfter } from '../text/spanSearch';
import { canonicalName, groupKeys } from './groupKeys';
import { slugify } from './slug';
import { cachedByText } from '../text/textCache';

/** The id's readable part: the canonical name, a date's value, a figure's value and unit. */
function idBase(members: Mention[], name: string): string {
  const first = members[0];
  if (first.kind === 'date' && first.value !== undefined) return `date:${slugify(String(first.value))}`;
  if (first.kind === 'figure' && first.value !== undefined) return `figure:${slugify(`${first.value} ${(first.unit ?? first.figureType ?? '').replace('%', 'percent')}`)}`;
  return namedIdBase(first.kind)(name);
}

/** The id bases of names by kind, kept by name: the same strings every time, whose hashes the id look-ups reuse. */
const namedIdBases = new Map<string, (name: string) => string>();
const namedIdBase = (kind: string): ((name: string) => string) => {
  let base = namedIdBases.get(kind);
  if (!base) namedIdBases.set(kind, (base = cachedByText((name) => `${kind}:${slugify(name)}`)));
  return base;
};

/** The first role stated for the entity, preferring a title-style role over none. */
function entityRole(members: Mention[]): string | undefined {
  return members.find((m) => m.role)?.role;
}

/** Groups `mentions` (sorted by start) into entities; sets each mention's `entity`. Returns the entities in first-mention
 *  order. `sentences` (sorted) keep bare numbers to their sentence; without them a text counts as one sentence. */
export function groupEntities(mentions: Mention[], sentences: readonly TextSpan[] = []): Entity[] {
  const keys = groupKeys(mentions, (at) => firstEndingAfter(sentences, at));
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  const used = new Set<string>();
  // The suffix to try next for each base that was taken: every suffix below it is taken already, and stays so, so
  // starting there finds the same free id as counting up from 2 — without going over them all again for each of the
  // thousands of groups one base can have in a long text (a bare "three" per sentence).
  const nextSuffix = new Map<string, number>();
  const entities: Entity[] = [];
  for (const indices of groups.values()) {
    const members = indices.map((i) => mentions[i]);
    const name = canonicalName(members);
    const base = idBase(members, name);
    let id = base;
    if (used.has(id)) {
      let n = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    used.add(id);
    for (const member of members) member.entity = id;
    const role = entityRole(members);
    const kind = members[0].kind;
    entities.push(role ? { id, kind, name, role, mentions: indices } : { id, kind, name, mentions: indices });
  }
  return entities;
}
