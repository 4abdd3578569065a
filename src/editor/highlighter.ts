// Paints the cached analysis into visible editors: decoration types created once, kinds switched by settings, and
// overview-ruler marks for the entity under the cursor (or every highlight, or none: newsLens.overviewRuler).
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type Analysis, type FactKind } from '../engine/types';
import type { NewsLensConfig } from '../config/newsLensConfig';
import type { NewsLensSettings } from '../config/newsLensSettings';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFilter } from './articleFilter';
import { createDecorationTypes } from './decorationTypes';
import { factAtCursor } from './factAtCursor';
import { highlightPaint, type HighlightPaint } from './highlightShapes';
import { emptyRanges, rangesByKind } from './mentionRanges';
import { minorFigureMentions } from './minorFigures';
import { RulerMarks } from './rulerMarks';

/** Keeps every visible article's highlights and ruler marks in step with its analysis, the cursor and the settings. */
export class Highlighter implements vscode.Disposable {
  private types: Record<FactKind, vscode.TextEditorDecorationType>;
  /** The styles the types were made with, to tell when newsLens.highlight.styles really changed. */
  private typesStyles: string;
  private readonly rulers = new RulerMarks();
  /** What was last applied, per visible editor (column + document), for the extension's test API. */
  private readonly applied = new Map<string, Record<FactKind, vscode.Range[]>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache, private readonly filter: ArticleFilter, private readonly settings: NewsLensSettings) {
    this.typesStyles = JSON.stringify(settings.current.highlightStyles);
    this.types = createDecorationTypes(settings.current.highlightStyles);
    this.subscriptions = [
      cache.onDidAnalyse(({ document }) => this.paintDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.paintAll(editors)),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => this.followCursor(textEditor)),
      settings.onDidChange((event) => {
        if (event.affectsConfiguration('newsLens.highlight.styles')) this.restyle();
        if (['newsLens.highlight', 'newsLens.overviewRuler'].some((key) => event.affectsConfiguration(key))) this.paintAll();
      }),
      filter.onDidChange(() => this.paintAll()),
    ];
    this.paintAll();
  }

  /** The ranges last applied to the editor, by kind (empty lists for kinds switched off or not found). */
  decorationRanges(editor: vscode.TextEditor): Record<FactKind, vscode.Range[]> {
    return this.applied.get(editorKey(editor)) ?? emptyRanges();
  }

  /** How a kind is painted with the current settings (for the test API: VS Code cannot read render options back). */
  paintOf(kind: FactKind): HighlightPaint {
    return highlightPaint(kind, this.settings.current.highlightStyles[kind]);
  }

  /** The overview-ruler marks last applied to the editor, by kind. */
  rulerRanges(editor: vscode.TextEditor): Record<FactKind, vscode.Range[]> {
    return this.rulers.ranges(editorKey(editor));
  }

  /** New decoration types for changed newsLens.highlight.styles; disposing the old ones takes their paint away. */
  private restyle(): void {
    const styles = JSON.stringify(this.settings.current.highlightStyles);
    if (styles === this.typesStyles) return;
    FACT_KINDS.forEach((kind) => this.types[kind].dispose());
    this.typesStyles = styles;
    this.types = createDecorationTypes(this.settings.current.highlightStyles);
    this.applied.clear();
  }

  private paintAll(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): void {
    const visible = new Set(editors.map(editorKey));
    for (const key of this.applied.keys()) if (!visible.has(key)) this.applied.delete(key);
    this.rulers.keep(visible);
    editors.forEach((editor) => this.paint(editor));
  }

  private paintDocument(document: vscode.TextDocument): void {
    vscode.window.visibleTextEditors.filter((editor) => editor.document === document).forEach((editor) => this.paint(editor));
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!this.filter.isArticle(document)) {
      this.apply(editor, emptyRanges());
      return this.rulers.show(editor, editorKey(editor), emptyRanges());
    }
    const analysis = this.cache.get(document);
    // No result for this version yet: keep what is shown (VS Code moves it with the edits) until the new one lands.
    if (!analysis) return;
    const shown = shownMentions(analysis, this.settings.current);
    const ranges = rangesByKind(document, analysis.mentions.filter((_, index) => shown(index)));
    this.apply(editor, ranges);
    const mode = this.settings.current.overviewRuler;
    if (mode === 'cursor') this.markCursorFact(editor, analysis, true);
    else this.rulers.show(editor, editorKey(editor), mode === 'all' ? ranges : emptyRanges());
  }

  private followCursor(editor: vscode.TextEditor): void {
    if (this.settings.current.overviewRuler !== 'cursor' || !this.filter.isArticle(editor.document)) return;
    // While an edit waits for its analysis, the marks stay as they are (VS Code moves them with the text).
    const analysis = this.cache.get(editor.document);
    if (analysis) this.markCursorFact(editor, analysis, false);
  }

  /** Marks every highlighted mention of the fact under the cursor; nothing when the cursor is on none. */
  private markCursorFact(editor: vscode.TextEditor, analysis: Analysis, force: boolean): void {
    const { document } = editor;
    const key = editorKey(editor);
    const shown = shownMentions(analysis, this.settings.current);
    const enabled = FACT_KINDS.filter((kind) => this.settings.current.highlight[kind]);
    const fact = factAtCursor(analysis, document, editor.selection.active, enabled)?.fact;
    const origin = { analysis, factId: fact?.id };
    if (!force && this.rulers.shows(key, origin)) return;
    const mentions = (fact?.mentions ?? []).filter(shown).map((index) => analysis.mentions[index]);
    this.rulers.show(editor, key, rangesByKind(document, mentions), origin);
  }

  private apply(editor: vscode.TextEditor, ranges: Record<FactKind, vscode.Range[]>): void {
    for (const kind of FACT_KINDS) editor.setDecorations(this.types[kind], ranges[kind]);
    this.applied.set(editorKey(editor), ranges);
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    FACT_KINDS.forEach((kind) => this.types[kind].dispose());
    this.rulers.dispose();
    this.applied.clear();
  }
}

/** Which mentions are highlighted: their kind is switched on, and minor figures only with newsLens.highlight.minorFigures. */
function shownMentions(analysis: Analysis, config: NewsLensConfig): (index: number) => boolean {
  const minor = config.minorFigures ? undefined : minorFigureMentions(analysis);
  return (index) => {
    const mention = analysis.mentions[index];
    return mention !== undefined && config.highlight[mention.kind] && !minor?.has(index);
  };
}

function editorKey(editor: vscode.TextEditor): string {
  return `${editor.viewColumn ?? 0}|${editor.document.uri.toString()}`;
}
