// Open editors' share of the workspace index: an article open in an editor has the entry of its current analysis
// (its text may not be saved yet) in place of its saved file's, until it closes. Made a second after the analysis,
// so typing never makes entries.
import * as vscode from 'vscode';
import { articleEntry, type ArticleEntry } from '../../engine/workspace/articleEntry';
import type { AnalysisCache } from '../analysisCache';
import { Debouncer } from '../debouncer';

/** How long an open editor's analysis waits before it replaces its file's entry. */
const EDITOR_MS = 1_000;

/** The entries of open articles, by URI string. */
export class EditorEntries implements vscode.Disposable {
  private readonly entries = new Map<string, { document: vscode.TextDocument; entry: ArticleEntry }>();
  private readonly pending = new Debouncer<vscode.TextDocument>(EDITOR_MS);
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly cache: AnalysisCache,
    /** Whether a document's file belongs in the index, and the path the index names it by. */
    private readonly indexed: (document: vscode.TextDocument) => string | undefined,
    private readonly changed: (key: string) => void,
  ) {
    this.subscription = cache.onDidAnalyse(({ document, analysis }) => this.heard(document, analysis !== undefined));
  }

  /** The open editor of a file, with the entry of its latest analysis, if it is open. */
  openEntry(key: string): { document: vscode.TextDocument; entry: ArticleEntry } | undefined {
    return this.entries.get(key);
  }

  private heard(document: vscode.TextDocument, hasAnalysis: boolean): void {
    const key = document.uri.toString();
    if (!hasAnalysis) {
      this.pending.cancel(document);
      if (this.entries.delete(key)) this.changed(key);
      return;
    }
    if (document.isUntitled) return;
    this.pending.schedule(document, () => {
      const analysis = this.cache.get(document);
      const path = this.indexed(document);
      if (!analysis || document.isClosed || path === undefined) return;
      this.entries.set(key, { document, entry: articleEntry(path, analysis, document.getText().slice(0, analysis.analysedChars)) });
      this.changed(key);
    });
  }

  dispose(): void {
    this.pending.dispose();
    this.subscription.dispose();
  }
}
