// An edited document's grouping kept from keystroke to keystroke: most keystrokes change no mention's wording, kind
// or value, only where mentions stand, and grouping (keys, canonical names, ids) reads nothing else of them. So a run
// whose mentions read the same as the last run's takes the last run's entities and ids instead of grouping again.
import type { Entity, Mention, TextSpan } from '../types';
import { firstEndingAfter } from '../text/spanSearch';
import { groupEntities } from './groupEntities';
import { isBareNumber } from './groupKeys';

/** The last grouping of one edited document: what grouping read of its mentions, each mention's id, the entities. */
export interface GroupingMemo {
  last?: { signature: string; ids: string[]; entities: Entity[] };
}

/** Everything groupEntities reads of the mentions, as one string: each mention's kind, wording, value, unit, figure
 *  type and role, a bare number's sentence, and whether it stands two characters after the mention before it (an
 *  acronym in brackets, "… Countries (OPEC)"). */
function groupingSignature(mentions: readonly Mention[], sentences: readonly TextSpan[]): string {
  const parts: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const sentence = isBareNumber(m) ? firstEndingAfter(sentences, m.start) : -1;
    const afterBracket = i > 0 && m.start - mentions[i - 1].end === 2;
    parts.push(`${m.kind}\u0001${m.text}\u0001${typeof m.value}${m.value ?? ''}\u0001${m.unit ?? ''}\u0001${m.figureType ?? ''}\u0001${m.role ?? ''}\u0001${sentence}\u0001${afterBracket ? 1 : 0}`);
  }
  return parts.join('\u0002');
}

/** Entities of their own, so that no two analyses share an entity object. */
const copies = (entities: readonly Entity[]): Entity[] => entities.map((entity) => ({ ...entity, mentions: [...entity.mentions] }));

/** groupEntities, with the last run's answer when the mentions read as the last run's did (each mention's `entity`
 *  set as groupEntities sets it). */
export function groupEntitiesKept(mentions: Mention[], sentences: readonly TextSpan[], memo: GroupingMemo): Entity[] {
  const signature = groupingSignature(mentions, sentences);
  const last = memo.last;
  if (last && last.signature === signature) {
    for (let i = 0; i < mentions.length; i++) mentions[i].entity = last.ids[i];
    return copies(last.entities);
  }
  const entities = groupEntities(mentions, sentences);
  memo.last = { signature, ids: mentions.map((m) => m.entity!), entities: copies(entities) };
  return entities;
}
