// An edited document's grouping kept from keystroke to keystroke: most keystrokes change no mention's wording, kind
// or value, only where mentions stand, and grouping (keys, canonical names, ids) reads nothing else of them. So a run
// whose mentions read the same as the last run's takes the last run's entities and ids instead of grouping again.
import type { Entity, Mention, TextSpan } from '../types';
import { firstEndingAfter } from '../text/spanSearch';
import { groupEntities } from './groupEntities';
import { isBareNumber } from './groupKeys';

/** The last grouping of one edited document: what grouping read of its mentions, each mention's id, the entities. */
export interface GroupingMemo {
  last?: { read: MentionReading[]; ids: string[]; entities: Entity[] };
}

/** Everything groupEntities reads of a mention: its kind, wording, value, unit, figure type and role, a bare number's
 *  sentence, and whether it stands two characters after the mention before it (an acronym in brackets, "… Countries
 *  (OPEC)"). */
interface MentionReading {
  kind: Mention['kind'];
  text: string;
  value: Mention['value'];
  unit: string | undefined;
  figureType: Mention['figureType'];
  role: string | undefined;
  sentence: number;
  afterBracket: boolean;
}

/** What grouping reads of mention i. */
function readingOf(mentions: readonly Mention[], i: number, sentences: readonly TextSpan[]): MentionReading {
  const m = mentions[i];
  return {
    kind: m.kind, text: m.text, value: m.value, unit: m.unit, figureType: m.figureType, role: m.role,
    sentence: sentenceOfBareNumber(m, sentences), afterBracket: i > 0 && m.start - mentions[i - 1].end === 2,
  };
}

/** A bare number's sentence (grouping keys such numbers by it), -1 for any other mention. */
const sentenceOfBareNumber = (m: Mention, sentences: readonly TextSpan[]): number => (isBareNumber(m) ? firstEndingAfter(sentences, m.start) : -1);

/** True when the mentions read as `last` did, compared field by field (a keystroke's run builds nothing to compare). */
function readsAsBefore(mentions: readonly Mention[], sentences: readonly TextSpan[], last: readonly MentionReading[]): boolean {
  if (mentions.length !== last.length) return false;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const r = last[i];
    if (m.kind !== r.kind || m.text !== r.text || !Object.is(m.value, r.value) || m.unit !== r.unit || m.figureType !== r.figureType
      || m.role !== r.role || (i > 0 && m.start - mentions[i - 1].end === 2) !== r.afterBracket || sentenceOfBareNumber(m, sentences) !== r.sentence) return false;
  }
  return true;
}

/** Entities of their own, so that no two analyses share an entity object. */
const copies = (entities: readonly Entity[]): Entity[] => entities.map((entity) => ({ ...entity, mentions: [...entity.mentions] }));

/** groupEntities, with the last run's answer when the mentions read as the last run's did (each mention's `entity`
 *  set as groupEntities sets it). */
export function groupEntitiesKept(mentions: Mention[], sentences: readonly TextSpan[], memo: GroupingMemo): Entity[] {
  const last = memo.last;
  if (last && readsAsBefore(mentions, sentences, last.read)) {
    for (let i = 0; i < mentions.length; i++) mentions[i].entity = last.ids[i];
    return copies(last.entities);
  }
  const entities = groupEntities(mentions, sentences);
  memo.last = { read: mentions.map((_, i) => readingOf(mentions, i, sentences)), ids: mentions.map((m) => m.entity!), entities: copies(entities) };
  return entities;
}
