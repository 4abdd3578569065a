// What a workspace index (issue 15) keeps of one article: its path, article date, and each person, organization and
// place with its name, role and mention count. The Facts sidebar's Workspace scope, Go to Symbol in Workspace, the
// cross-article checks and `newslens index` all read these entries, so they show the same data.
import { ageAfter } from '../names/ages';
import type { Analysis, ArticleDate, Entity, FactKind } from '../types';

/** The kinds a workspace index keeps: the names an editor follows from article to article. */
export const INDEXED_KINDS: readonly FactKind[] = ['person', 'organization', 'place'];

/** One entity of one article, as the index keeps it. */
export interface IndexedEntity {
  /** The entity's id in its article ("person:li-qiang"); the same name gets the same id in every article. */
  id: string;
  kind: FactKind;
  name: string;
  role?: string;
  /** A person's age as the article states it after a mention ("Wang, 45, said"), when `articleEntry` had the text. */
  age?: number;
  /** How many times the article mentions it. */
  mentions: number;
  /** Where it is first mentioned: UTF-16 offsets [start, end) into the article's text. */
  first: { start: number; end: number };
}

/** One article of the index: `path` as the caller names it (workspace-relative, or as given on the command line). */
export interface ArticleEntry {
  path: string;
  articleDate: ArticleDate;
  entities: IndexedEntity[];
}

/** The index entry of one analysed article: its people, organizations and places in first-mention order. Given the
 *  analysed `text`, a person's entry also has the age the article states (the checks across articles compare it). */
export function articleEntry(path: string, analysis: Analysis, text?: string): ArticleEntry {
  const entities = analysis.entities
    .filter((entity) => INDEXED_KINDS.includes(entity.kind) && entity.mentions.length > 0)
    .map((entity): IndexedEntity => {
      const first = analysis.mentions[entity.mentions[0]];
      const age = text === undefined ? undefined : statedAge(text, analysis, entity);
      return {
        id: entity.id, kind: entity.kind, name: entity.name, ...(entity.role ? { role: entity.role } : {}), ...(age === undefined ? {} : { age }),
        mentions: entity.mentions.length, first: { start: first.start, end: first.end },
      };
    });
  return { path, articleDate: analysis.articleDate, entities };
}

/** The first age written after one of a person's mentions. */
function statedAge(text: string, analysis: Analysis, entity: Entity): number | undefined {
  if (entity.kind !== 'person') return undefined;
  for (const index of entity.mentions) {
    const age = ageAfter(text, analysis.mentions[index].end);
    if (age !== undefined) return age;
  }
  return undefined;
}

/** One entity across the workspace: the articles that mention it, with their counts, in the order given. */
export interface WorkspaceEntity {
  id: string;
  kind: FactKind;
  /** The name most articles use (the first article's on a tie). */
  name: string;
  articles: { path: string; mentions: number; first: { start: number; end: number } }[];
  /** Mentions over all articles. */
  mentions: number;
}

/** The index's entities merged across articles by id, most-mentioned first (then by name). */
export function workspaceEntities(entries: readonly ArticleEntry[]): WorkspaceEntity[] {
  const merge = new EntityMerge();
  for (const entry of entries) merge.set(entry);
  return merge.entities();
}

/** One entity's articles and names, kept up to date as articles come and go. */
interface Merged {
  id: string;
  kind: FactKind;
  uses: Map<string, WorkspaceEntity['articles'][number]>;
  mentions: number;
  /** How many articles write each name, in the order the names first came. */
  names: Map<string, number>;
  shown?: WorkspaceEntity;
}

/** workspaceEntities kept up to date one article at a time: a workspace index changes an article, and only the
 *  entities of that article are merged again. */
export class EntityMerge {
  private readonly byId = new Map<string, Merged>();
  private readonly byPath = new Map<string, ArticleEntry>();
  private sorted: WorkspaceEntity[] | undefined;

  /** Adds an article, in place of the one of the same path (it then comes last, as if given last). */
  set(entry: ArticleEntry): void {
    this.delete(entry.path);
    this.byPath.set(entry.path, entry);
    for (const entity of entry.entities) {
      let merged = this.byId.get(entity.id);
      if (!merged) this.byId.set(entity.id, (merged = { id: entity.id, kind: entity.kind, uses: new Map(), mentions: 0, names: new Map() }));
      merged.uses.set(entry.path, { path: entry.path, mentions: entity.mentions, first: entity.first });
      merged.mentions += entity.mentions;
      merged.names.set(entity.name, (merged.names.get(entity.name) ?? 0) + 1);
      merged.shown = this.sorted = undefined;
    }
  }

  /** Takes an article's entities out. */
  delete(path: string): void {
    const entry = this.byPath.get(path);
    if (!entry) return;
    this.byPath.delete(path);
    for (const entity of entry.entities) {
      const merged = this.byId.get(entity.id);
      if (!merged?.uses.delete(path)) continue;
      merged.mentions -= entity.mentions;
      const count = (merged.names.get(entity.name) ?? 1) - 1;
      if (count > 0) merged.names.set(entity.name, count);
      else merged.names.delete(entity.name);
      if (merged.uses.size === 0) this.byId.delete(entity.id);
      merged.shown = this.sorted = undefined;
    }
  }

  /** Every entity once, most-mentioned first (then by name); an entity no article changed is the same object as before. */
  entities(): WorkspaceEntity[] {
    this.sorted ??= [...this.byId.values()].map((merged) => (merged.shown ??= shownEntity(merged)))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    return this.sorted;
  }
}

/** The entity as the views read it: the name most articles write (the first one on a tie). */
function shownEntity(merged: Merged): WorkspaceEntity {
  let name = '';
  let most = 0;
  for (const [candidate, count] of merged.names) if (count > most) [name, most] = [candidate, count];
  return { id: merged.id, kind: merged.kind, name, articles: [...merged.uses.values()], mentions: merged.mentions };
}
