// A mention's line and the sentence around it, read from the document when its Facts row is made.
import type * as vscode from 'vscode';
import type { Mention } from '../engine/types';
import { sentenceAround, type SentenceParts } from './sentenceAround';

/** How far either side of a mention the sentence is looked for: a one-line Markdown file is not split whole per row. */
const WINDOW_CHARS = 1_000;

/** Where a mention is: its line (1-based) and its sentence, as the document reads at this version. */
export interface MentionPlace {
  readonly line: number;
  readonly sentence: SentenceParts;
}

/** The mention's line and sentence; the text is read from its lines only, within WINDOW_CHARS of it. */
export function mentionPlace(document: vscode.TextDocument, mention: Pick<Mention, 'start' | 'end'>): MentionPlace {
  const first = document.lineAt(document.positionAt(mention.start).line);
  const last = document.lineAt(document.positionAt(mention.end).line);
  const lineStart = document.offsetAt(first.range.start);
  const lineEnd = document.offsetAt(last.range.end);
  const from = Math.max(lineStart, mention.start - WINDOW_CHARS);
  const to = Math.min(lineEnd, mention.end + WINDOW_CHARS);
  const text = document.getText(first.range.with(document.positionAt(from), document.positionAt(to)));
  return {
    line: first.lineNumber + 1,
    sentence: sentenceAround(text, mention.start - from, mention.end - from, from > lineStart, to < lineEnd),
  };
}
