// Where a large file's highlights stop, the editor says so: "News Lens stopped here (200,000 characters)" after the last
// analysed text (on the blank line after it, where there is one), and a hover on it with the actions (analyse all of it, open the setting). One decoration type,
// made once; the note follows each visible editor's analysis.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { AnalysisCache } from './analysisCache';
import { cutExplanation, CUT_ACTIONS, stoppedHereText } from './cutWording';
import { commandLink } from './hoverMarkdown';
import { isPartial, cutNoteRange } from './isPartial';
import { ANALYSE_WHOLE_FILE_COMMAND, OPEN_LIMIT_SETTING_COMMAND } from './largeFileCommands';

/** The note as last drawn in one editor, for the extension's test API. */
export interface CutMark {
  readonly range: vscode.Range;
  readonly text: string;
  /** The hover's Markdown source. */
  readonly hover: string;
}

/** Draws the note at the cut in every visible editor whose analysis stopped before the end of the file. */
export class CutMarker implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  /** By editor: its column and document (as the Highlighter keys them). */
  private readonly marks = new Map<string, CutMark>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions = [
      cache.onDidAnalyse(({ document }) => vscode.window.visibleTextEditors.filter((editor) => editor.document === document).forEach((editor) => this.paint(editor))),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.paintAll(editors)),
    ];
    this.paintAll(vscode.window.visibleTextEditors);
  }

  /** The note last drawn in the editor, if any. */
  markOf(editor: vscode.TextEditor): CutMark | undefined {
    return this.marks.get(editorKey(editor));
  }

  private paintAll(editors: readonly vscode.TextEditor[]): void {
    const visible = new Set(editors.map(editorKey));
    for (const key of this.marks.keys()) if (!visible.has(key)) this.marks.delete(key);
    editors.forEach((editor) => this.paint(editor));
  }

  private paint(editor: vscode.TextEditor): void {
    const analysis = this.cache.get(editor.document);
    const mark = analysis && isPartial(editor.document, analysis) ? this.markFor(editor.document, analysis) : undefined;
    editor.setDecorations(this.type, mark ? [this.options(mark)] : []);
    if (mark) this.marks.set(editorKey(editor), mark);
    else this.marks.delete(editorKey(editor));
  }

  private markFor(document: vscode.TextDocument, analysis: Analysis): CutMark {
    const limit = this.cache.characterLimit(document);
    const argument = [{ uri: document.uri.toString() }];
    const links = [
      commandLink(CUT_ACTIONS.analyseAll, ANALYSE_WHOLE_FILE_COMMAND, argument, 'News Lens: analyse the whole file, this time'),
      commandLink(CUT_ACTIONS.openSetting, OPEN_LIMIT_SETTING_COMMAND, [], 'News Lens: open the newsLens.maxCharacters setting'),
    ];
    const hover = `**${stoppedHereText(limit)}**  \n${cutExplanation(limit)}  \n${links.join(' · ')}`;
    return { range: cutNoteRange(document, analysis), text: stoppedHereText(limit), hover };
  }

  private options(mark: CutMark): vscode.DecorationOptions {
    const hoverMessage = new vscode.MarkdownString(mark.hover);
    hoverMessage.isTrusted = { enabledCommands: [ANALYSE_WHOLE_FILE_COMMAND, OPEN_LIMIT_SETTING_COMMAND] };
    return {
      range: mark.range,
      hoverMessage,
      renderOptions: {
        after: {
          contentText: mark.text,
          color: new vscode.ThemeColor('newsLens.cutForeground'),
          fontStyle: 'italic',
          margin: '0 0 0 1.5em',
        },
      },
    };
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.type.dispose();
    this.marks.clear();
  }
}

function editorKey(editor: vscode.TextEditor): string {
  return `${editor.viewColumn ?? 0}|${editor.document.uri.toString()}`;
}
