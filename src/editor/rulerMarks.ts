// The overview-ruler marks (the scroll bar's margin): apart from the highlights, so a long draft's scroll bar is not a
// solid block in six colours. The Highlighter chooses which mentions get a mark (newsLens.overviewRuler); this owns
// the mark types and remembers what each editor shows.
import * as vscode from 'vscode';
// From engine/types, not the engine's index, so the extension host never loads the tagger model (only the worker does).
import { FACT_KINDS, type Analysis, type FactKind } from '../engine/types';
import { createRulerTypes } from './decorationTypes';
import { emptyRanges } from './mentionRanges';

/** What a set of marks was made for: the cursor's fact in one analysis (none for "all" and "off"). */
export interface MarksOrigin {
  readonly analysis: Analysis;
  readonly factId: string | undefined;
}

interface Shown {
  readonly ranges: Record<FactKind, vscode.Range[]>;
  readonly origin: MarksOrigin | undefined;
}

/** Sets each editor's ruler marks, kind by kind, and skips a cursor move that stays on the same fact. */
export class RulerMarks implements vscode.Disposable {
  private readonly types = createRulerTypes();
  /** What was last applied, per editor key (column + document), for the dedup and the extension's test API. */
  private readonly shown = new Map<string, Shown>();

  /** The ranges last marked in the editor with this key, by kind. */
  ranges(key: string): Record<FactKind, vscode.Range[]> {
    return this.shown.get(key)?.ranges ?? emptyRanges();
  }

  /** Whether the editor with this key already shows the marks made for `origin` (the same fact of the same result). */
  shows(key: string, origin: MarksOrigin): boolean {
    const last = this.shown.get(key)?.origin;
    return last !== undefined && last.analysis === origin.analysis && last.factId === origin.factId;
  }

  show(editor: vscode.TextEditor, key: string, ranges: Record<FactKind, vscode.Range[]>, origin?: MarksOrigin): void {
    for (const kind of FACT_KINDS) editor.setDecorations(this.types[kind], ranges[kind]);
    this.shown.set(key, { ranges, origin });
  }

  /** Forgets editors no longer visible. */
  keep(visible: ReadonlySet<string>): void {
    for (const key of this.shown.keys()) if (!visible.has(key)) this.shown.delete(key);
  }

  dispose(): void {
    FACT_KINDS.forEach((kind) => this.types[kind].dispose());
    this.shown.clear();
  }
}
