// Decides which documents are news articles: settings (languages, include/exclude globs) plus per-file overrides.
import * as vscode from 'vscode';
import type { NewsLensSettings } from '../config/newsLensSettings';
import { globMatches } from './workspace/pathRules';

const OVERRIDES_KEY = 'newsLens.fileOverrides';
/** Schemes whose documents can be articles: files on disk (local or remote), unsaved drafts, github.dev's. */
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** True when documents of the URI's scheme can be articles: those schemes, and that of any workspace folder (a
 *  virtual workspace of another file system: what the user opened is theirs to read). */
function isArticleScheme(uri: vscode.Uri): boolean {
  return ARTICLE_SCHEMES.has(uri.scheme) || (vscode.workspace.workspaceFolders ?? []).some((folder) => folder.uri.scheme === uri.scheme);
}

/** Where hover and the navigation features listen: every document of those schemes, the workspace folders' at
 *  activation included (they then ask `isArticle`). */
export function articleSchemeSelector(): vscode.DocumentSelector {
  const schemes = new Set([...ARTICLE_SCHEMES, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
  return [...schemes].map((scheme) => ({ scheme }));
}

/** The single answer to "is this document an article?", shared by analysis, hover, tree and status bar. */
export class ArticleFilter implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  /** Overrides of unsaved drafts, kept by the open document and in memory only: VS Code gives a new draft the name
   *  ("Untitled-1") of one just closed, which must not inherit the old draft's switch. */
  private readonly draftOverrides = new WeakMap<vscode.TextDocument, boolean>();

  /** Fires when the answer may have changed for some documents (settings or a per-file toggle). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: NewsLensSettings, private readonly workspaceState: vscode.Memento) {
    this.subscription = settings.onDidChange((event) => {
      const affected = ['languages', 'include', 'exclude'].some((key) => event.affectsConfiguration(`newsLens.${key}`));
      if (affected) this.changed.fire();
    });
  }

  /** True when News Lens should annotate the document. */
  isArticle(document: vscode.TextDocument): boolean {
    if (!isArticleScheme(document.uri)) return false;
    const override = document.isUntitled ? this.draftOverrides.get(document) : this.overrides()[document.uri.toString()];
    if (override !== undefined) return override;
    return this.matchesSettings(document);
  }

  /** Switches News Lens off for an article, or on for any other document; remembered per workspace. */
  async toggle(document: vscode.TextDocument): Promise<boolean> {
    const wanted = !this.isArticle(document);
    if (document.isUntitled) {
      if (wanted === this.matchesSettings(document)) this.draftOverrides.delete(document);
      else this.draftOverrides.set(document, wanted);
      this.changed.fire();
      return wanted;
    }
    const key = document.uri.toString();
    const overrides = { ...this.overrides() };
    if (wanted === this.matchesSettings(document)) delete overrides[key];
    else overrides[key] = wanted;
    await this.workspaceState.update(OVERRIDES_KEY, overrides);
    this.changed.fire();
    return wanted;
  }

  /** True when News Lens would annotate this file, were it opened with this language: the workspace index asks it of
   *  files it has not opened (the settings' globs are matched on the file's path, as for a document). */
  isArticleFile(uri: vscode.Uri, languageId: string | undefined): boolean {
    if (!isArticleScheme(uri) || uri.scheme === 'untitled') return false;
    const override = this.overrides()[uri.toString()];
    if (override !== undefined) return override;
    const { languages, include, exclude } = this.settings.current;
    const path = uri.path; // "/"-separated on every platform
    if (exclude.some((pattern) => globMatches(pattern, path))) return false;
    return (languageId !== undefined && languages.includes(languageId)) || include.some((pattern) => globMatches(pattern, path));
  }

  private matchesSettings(document: vscode.TextDocument): boolean {
    const { languages, include, exclude } = this.settings.current;
    const matches = (pattern: string) => vscode.languages.match({ pattern }, document) > 0;
    if (exclude.some(matches)) return false;
    return languages.includes(document.languageId) || include.some(matches);
  }

  private overrides(): Record<string, boolean> {
    return this.workspaceState.get<Record<string, boolean>>(OVERRIDES_KEY, {});
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
