// Paints the cached analysis into visible editors: decoration types created once, kinds switched by settings.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type FactKind } from '../engine/types';
import type { NewsLensSettings } from '../config/newsLensSettings';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';
import { createDecorationTypes } from './decorationTypes';
import { emptyRanges, rangesByKind } from './mentionRanges';

/** Keeps every visible article's highlights in step with its analysis and the `newsLens.highlight.*` settings. */
export class Highlighter implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  /** What was last applied, per visible editor (column + document), for the extension's test API. */
  private readonly applied = new Map<string, Record<FactKind, vscode.Range[]>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache, private readonly filter: ArticleFilter, private readonly settings: NewsLensSettings) {
    this.subscriptions = [
      cache.onDidAnalyse(({ document }) => this.paintDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.paintAll(editors)),
      settings.onDidChange((event) => { if (event.affectsConfiguration('newsLens.highlight')) this.paintAll(); }),
      filter.onDidChange(() => this.paintAll()),
    ];
    this.paintAll();
  }

  /** The ranges last applied to the editor, by kind (empty lists for kinds switched off or not found). */
  decorationRanges(editor: vscode.TextEditor): Record<FactKind, vscode.Range[]> {
    return this.applied.get(editorKey(editor)) ?? emptyRanges();
  }

  private paintAll(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): void {
    const visible = new Set(editors.map(editorKey));
    for (const key of this.applied.keys()) if (!visible.has(key)) this.applied.delete(key);
    editors.forEach((editor) => this.paint(editor));
  }

  private paintDocument(document: vscode.TextDocument): void {
    vscode.window.visibleTextEditors.filter((editor) => editor.document === document).forEach((editor) => this.paint(editor));
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!this.filter.isArticle(document)) return this.apply(editor, emptyRanges());
    const analysis = this.cache.get(document);
    // No result for this version yet: keep what is shown (VS Code moves it with the edits) until the new one lands.
    if (!analysis) return;
    const ranges = rangesByKind(document, analysis);
    const enabled = this.settings.current.highlight;
    for (const kind of FACT_KINDS) if (!enabled[kind]) ranges[kind] = [];
    this.apply(editor, ranges);
  }

  private apply(editor: vscode.TextEditor, ranges: Record<FactKind, vscode.Range[]>): void {
    for (const kind of FACT_KINDS) editor.setDecorations(this.types[kind], ranges[kind]);
    this.applied.set(editorKey(editor), ranges);
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    FACT_KINDS.forEach((kind) => this.types[kind].dispose());
    this.applied.clear();
  }
}

function editorKey(editor: vscode.TextEditor): string {
  return `${editor.viewColumn ?? 0}|${editor.document.uri.toString()}`;
}
