// The one builder of hand-made Analysis values for tests (formats, the editor's worker client): offsets are found in
// the text, so they are always right.
import type { Analysis, Entity, Mention } from '../../../src/engine';

/** A mention to place: its text (found after the previous one) and any fields beyond kind/start/end/text. */
export type MentionSpec = Omit<Mention, 'start' | 'end'>;

/**
 * Places each spec at the next occurrence of its text and groups mentions into entities by their `entity` id;
 * `analysisOf(text)` is an analysis of `text` that found nothing.
 */
export function analysisOf(text: string, specs: MentionSpec[] = [], names: Record<string, string> = {}): Analysis {
  let from = 0;
  const mentions: Mention[] = specs.map((spec) => {
    const start = text.indexOf(spec.text, from);
    if (start < 0) throw new Error(`fixture: "${spec.text}" not found after offset ${from}`);
    from = start + 1;
    return { ...spec, start, end: start + spec.text.length };
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities: Entity[] = [];
  mentions.forEach((mention, index) => {
    if (mention.entity === undefined) return;
    let entity = entities.find((candidate) => candidate.id === mention.entity);
    if (!entity) {
      entity = { id: mention.entity, kind: mention.kind, name: names[mention.entity] ?? mention.text, mentions: [] };
      if (mention.role) entity.role = mention.role;
      entities.push(entity);
    }
    entity.mentions.push(index);
  });
  return { mentions, entities, articleDate: { value: '2025-11-03', source: 'option' }, analysedChars: text.length, warnings: [] };
}
