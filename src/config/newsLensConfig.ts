// A typed snapshot of the `newsLens.*` settings, re-read only when VS Code says they changed.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind } from '../engine/types';

/** How the Facts sidebar orders facts within a kind. */
export type FactOrder = 'firstMention' | 'mentions';

/** Whose facts the sidebar lists: the active article's, or every article open in a tab. */
export type FactsScope = 'activeArticle' | 'openArticles';

/** The Facts sidebar's settings. */
export interface FactsSidebarConfig {
  readonly sortBy: FactOrder;
  readonly kinds: readonly FactKind[];
  readonly scope: FactsScope;
}

/** Everything the extension reads from settings, in one immutable object. */
export interface NewsLensConfig {
  readonly languages: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly highlight: Readonly<Record<FactKind, boolean>>;
  /** "YYYY-MM-DD" or undefined when the article's own date (or today) should be used. */
  readonly articleDate: string | undefined;
  readonly maxCharacters: number;
  readonly sidebar: FactsSidebarConfig;
}

/** The settings section every key lives under. */
export const CONFIG_SECTION = 'newsLens';

const DEFAULT_MAX_CHARACTERS = 200_000;

/** Reads the current settings; invalid values fall back to the defaults instead of throwing. */
export function readNewsLensConfig(): NewsLensConfig {
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const highlight = Object.fromEntries(
    FACT_KINDS.map((kind) => [kind, settings.get<boolean>(`highlight.${kind}`, true) !== false]),
  ) as Record<FactKind, boolean>;
  const articleDate = settings.get<string>('articleDate', '').trim();
  const maxCharacters = settings.get<number>('maxCharacters', DEFAULT_MAX_CHARACTERS);
  return {
    languages: stringList(settings.get('languages'), ['news', 'plaintext', 'markdown']),
    include: stringList(settings.get('include'), []),
    exclude: stringList(settings.get('exclude'), []),
    highlight,
    articleDate: /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? articleDate : undefined,
    maxCharacters: Number.isFinite(maxCharacters) && maxCharacters > 0 ? Math.floor(maxCharacters) : DEFAULT_MAX_CHARACTERS,
    sidebar: {
      sortBy: settings.get('sidebar.sortBy') === 'mentions' ? 'mentions' : 'firstMention',
      kinds: FACT_KINDS.filter((kind) => stringList(settings.get('sidebar.kinds'), [...FACT_KINDS]).includes(kind)),
      scope: settings.get('sidebar.scope') === 'openArticles' ? 'openArticles' : 'activeArticle',
    },
  };
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : fallback;
}
