// The exact JSON shapes of the CLI contract: fixed key order, absent fields omitted, nothing extra.
import type { Analysis, ArticleDate, Entity, Mention } from '../engine';

const MENTION_KEYS = ['kind', 'start', 'end', 'text', 'entity', 'role', 'dateType', 'value', 'figureType', 'unit', 'speaker'] as const;

/** One file's result as `--format json` prints it. */
export interface FileReportJson {
  file: string;
  articleDate: ArticleDate;
  analysedChars: number;
  warnings: string[];
  mentions: Mention[];
  entities: Entity[];
}

/** Copies a mention with only the contract's keys, in the contract's order, so tools can rely on the shape. */
export function toContractMention(mention: Mention): Mention {
  const shaped: Record<string, unknown> = {};
  for (const key of MENTION_KEYS) {
    if (mention[key] !== undefined && mention[key] !== null) shaped[key] = mention[key];
  }
  return shaped as unknown as Mention;
}

/** Copies an entity with only the contract's keys, in the contract's order. */
export function toContractEntity(entity: Entity): Entity {
  const role = entity.role !== undefined && entity.role !== null ? { role: entity.role } : {};
  return { id: entity.id, kind: entity.kind, name: entity.name, ...role, mentions: [...entity.mentions] };
}

/** Builds the object `--format json` prints for one file. */
export function toFileReportJson(analysis: Analysis, file: string): FileReportJson {
  return {
    file,
    articleDate: { value: analysis.articleDate.value, source: analysis.articleDate.source },
    analysedChars: analysis.analysedChars,
    warnings: [...analysis.warnings],
    mentions: analysis.mentions.map(toContractMention),
    entities: analysis.entities.map(toContractEntity),
  };
}
