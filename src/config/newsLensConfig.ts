// A typed snapshot of the `newsLens.*` settings, re-read only when VS Code says they changed.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind } from '../engine/types';
import { CHECK_RULES, DEFAULT_SEVERITY, OFF_BY_DEFAULT } from '../engine/checks/rules';
import type { CheckRule, CheckSeverity } from '../engine/checks/finding';
import type { NumeralStyle } from '../engine/checks/numerals';
import { checkArticleDate, checkMaxCharacters, checkMaxIndexedFiles, type SettingProblem } from './validateSettings';
import { readHighlightStyles, type HighlightStyle } from '../editor/highlightShapes';

/** How the Facts sidebar orders facts within a kind. */
export type FactOrder = 'firstMention' | 'mentions';

/** Whose facts the sidebar lists: the active article's, every article open in a tab, or every article of the
 *  workspace (its people, organizations and places, from the workspace index). */
export type FactsScope = 'activeArticle' | 'openArticles' | 'workspace';

const SCOPES: readonly FactsScope[] = ['activeArticle', 'openArticles', 'workspace'];

/** The Facts sidebar's settings. */
export interface FactsSidebarConfig {
  readonly sortBy: FactOrder;
  readonly kinds: readonly FactKind[];
  readonly scope: FactsScope;
}

/** Where the overview ruler (the scroll bar's margin) marks mentions: the entity under the cursor, every kind, or nowhere. */
export type OverviewRulerMode = 'cursor' | 'all' | 'off';

/** How loud one draft check is: off, or the severity of its diagnostics. */
export type CheckLevel = 'off' | CheckSeverity;

/** The draft checks' settings. */
export interface ChecksConfig {
  /** `newsLens.checks.enabled`: every check at once. */
  readonly enabled: boolean;
  readonly levels: Readonly<Record<CheckRule, CheckLevel>>;
  /** `newsLens.checks.person-details`: a person's title or age that differs between a package's articles. */
  readonly personDetails: CheckLevel;
  readonly numeralStyle: NumeralStyle;
}

/** Everything the extension reads from settings, in one immutable object. */
export interface NewsLensConfig {
  readonly languages: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly highlight: Readonly<Record<FactKind, boolean>>;
  /** `newsLens.highlight.styles`: the user's own colours per kind, on top of the theme's (valid values only). */
  readonly highlightStyles: Readonly<Partial<Record<FactKind, HighlightStyle>>>;
  /** `newsLens.highlight.minorFigures`: also highlight ordinals and bare numbers one to ten (they stay facts either way). */
  readonly minorFigures: boolean;
  readonly overviewRuler: OverviewRulerMode;
  /** "YYYY-MM-DD" or undefined when the article's own date (or today) should be used. */
  readonly articleDate: string | undefined;
  readonly maxCharacters: number;
  readonly sidebar: FactsSidebarConfig;
  readonly checks: ChecksConfig;
  /** `newsLens.workspaceIndex.enabled`: index the workspace's articles (Workspace scope, Go to Symbol in Workspace, the
   *  checks across a package). */
  readonly workspaceIndex: boolean;
  /** `newsLens.workspaceIndex.maxFiles`: how many articles the index's scan reads at most. */
  readonly workspaceIndexMaxFiles: number;
}

/** The settings section every key lives under. */
export const CONFIG_SECTION = 'newsLens';

/** A settings snapshot and the invalid values in it that were replaced by their defaults, for the user to hear of. */
export interface CheckedNewsLensConfig {
  readonly config: NewsLensConfig;
  readonly problems: readonly SettingProblem[];
}

/**
 * Reads the current settings; invalid values fall back to the defaults instead of throwing. Everything is read through
 * workspace.getConfiguration, so in an untrusted workspace VS Code hides the workspace's value of a restricted setting
 * (package.json `capabilities.untrustedWorkspaces.restrictedConfigurations`) and the user's value is used.
 */
export function readNewsLensConfig(): CheckedNewsLensConfig {
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const highlight = Object.fromEntries(
    FACT_KINDS.map((kind) => [kind, settings.get<boolean>(`highlight.${kind}`, true) !== false]),
  ) as Record<FactKind, boolean>;
  const articleDate = checkArticleDate(settings.get('articleDate'));
  const maxCharacters = checkMaxCharacters(settings.get('maxCharacters'));
  const maxIndexedFiles = checkMaxIndexedFiles(settings.get('workspaceIndex.maxFiles'));
  const styles = readHighlightStyles(settings.get('highlight.styles'), FACT_KINDS);
  const config: NewsLensConfig = {
    languages: stringList(settings.get('languages'), ['news', 'plaintext', 'markdown']),
    include: stringList(settings.get('include'), []),
    exclude: stringList(settings.get('exclude'), []),
    highlight,
    highlightStyles: styles.styles,
    minorFigures: settings.get('highlight.minorFigures') === true,
    overviewRuler: overviewRulerMode(settings.get('overviewRuler')),
    articleDate: articleDate.value,
    maxCharacters: maxCharacters.value,
    sidebar: {
      sortBy: settings.get('sidebar.sortBy') === 'mentions' ? 'mentions' : 'firstMention',
      kinds: FACT_KINDS.filter((kind) => stringList(settings.get('sidebar.kinds'), [...FACT_KINDS]).includes(kind)),
      scope: SCOPES.includes(settings.get('sidebar.scope') as FactsScope) ? settings.get('sidebar.scope') as FactsScope : 'activeArticle',
    },
    checks: checksConfig(settings),
    workspaceIndex: settings.get('workspaceIndex.enabled') !== false,
    workspaceIndexMaxFiles: maxIndexedFiles.value,
  };
  const styleProblems: SettingProblem[] = styles.problems.map((message) => ({ setting: 'newsLens.highlight.styles', value: settings.get('highlight.styles'), message: `News Lens: ${message}` }));
  return { config, problems: [articleDate.problem, maxCharacters.problem, maxIndexedFiles.problem, ...styleProblems].filter((problem) => problem !== undefined) };
}

const RULER_MODES: readonly OverviewRulerMode[] = ['cursor', 'all', 'off'];

/** `newsLens.overviewRuler`; a value that is not one of the choices keeps the default, `cursor`. */
function overviewRulerMode(value: unknown): OverviewRulerMode {
  return RULER_MODES.includes(value as OverviewRulerMode) ? value as OverviewRulerMode : 'cursor';
}

const LEVELS: readonly CheckLevel[] = ['off', 'hint', 'information', 'warning'];

/** The checks' settings; a value that is not one of the choices keeps the rule's default. */
function checksConfig(settings: vscode.WorkspaceConfiguration): ChecksConfig {
  const levels = Object.fromEntries(CHECK_RULES.map((rule) => {
    const value = settings.get(`checks.${rule}`);
    const fallback: CheckLevel = OFF_BY_DEFAULT.has(rule) ? 'off' : DEFAULT_SEVERITY[rule];
    return [rule, LEVELS.includes(value as CheckLevel) ? value as CheckLevel : fallback];
  })) as Record<CheckRule, CheckLevel>;
  const style = settings.get('checks.numeralStyle');
  const personDetails = settings.get('checks.person-details');
  return {
    enabled: settings.get('checks.enabled') !== false, levels, numeralStyle: style === 'chicago' || style === 'off' ? style : 'ap',
    personDetails: LEVELS.includes(personDetails as CheckLevel) ? personDetails as CheckLevel : 'hint',
  };
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : fallback;
}
