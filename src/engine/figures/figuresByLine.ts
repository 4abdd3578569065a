// The tagged figures of an edited document line by line: a line's figures read only the line, its tagger spans, its
// grammar figures, the 30 characters before it and the 4 after it, so a keystroke works out one line's figures and
// takes every other line's from the last run. Ranges ("between 20% and 25%") may join two lines: they are joined after.
import type { TaggedSpan } from '../tagger';
import type { DocumentText, LineText } from '../text/lines';
import { keepRecent, takeRecent } from '../text/recentFirst';
import { copyShapeOf, endWithin, movedCopy, offsetBack, sameMoved, type CopyShape } from '../text/movedSpans';
import { detached } from '../text/runMemo';
import type { Mention } from '../types';
import { figuresBeforeRanges, joinRanges } from './taggedFigures';

/** Characters before a line its figures may read (a name word before a number: followsNameWord). */
const READ_BEFORE = 30;
/** Characters after a line its figures may read (a hyphen after a number, "of" after "millions"). */
const READ_AFTER = 4;
/** Answers kept per line, one per setting: a repeated line (a dateline, an XML declaration between stories) stands
 *  after and before different text at each place. */
const MAX_ANSWERS_PER_LINE = 64;

/** One line's figures and what they were read from: offsets relative to the line. */
interface LineFigures {
  before: string;
  after: string;
  spans: TaggedSpan[];
  grammar: Mention[];
  figures: Mention[];
  /** Each figure's shape, by which a run copies it. */
  shapes: CopyShape[];
}

/** The figures kept for each line of one edited document. */
export type FigureMemo = WeakMap<LineText, LineFigures[]>;

/** True when text[from, from + kept.length) is `kept`, compared in place. */
function sameText(kept: string, text: string, from: number, to: number): boolean {
  return kept.length === to - from && text.startsWith(kept, from);
}

/** True when two tagger spans, at the same place, are of one type. */
const sameType = (a: TaggedSpan, b: TaggedSpan): boolean => a.type === b.type;

/** True when two grammar figures, at the same place, hold the same in every field a mention may hold (the grammar makes
 *  each kind of figure with its fields in one order, so equal fields are equal figures). */
const sameFigure = (a: Mention, b: Mention): boolean => a.kind === b.kind && a.text === b.text && Object.is(a.value, b.value)
  && a.figureType === b.figureType && a.unit === b.unit && a.dateType === b.dateType && a.role === b.role && a.change === b.change
  && a.entity === b.entity && a.speaker === b.speaker && ('unit' in a) === ('unit' in b);

/** A figure as a line keeps it: relative to the line's start, with a copy of its text of its own (a slice of the
 *  document would keep that whole version alive). */
function relativeFigure(m: Mention, shape: CopyShape, lineStart: number): Mention {
  const copy = movedCopy(m, shape, offsetBack(lineStart));
  copy.text = detached(m.text);
  return copy;
}

/** The figures of the tagger's spans valued by the grammar's figures, as figuresFromTagger gives them, each line's
 *  taken from the memo when the line, what it reads around it, its spans and its grammar figures are unchanged.
 *  Undefined when a span or a grammar figure is out of order or crosses a line (the caller then works them out whole). */
export function figuresByLine(text: string, document: DocumentText, spans: readonly TaggedSpan[], grammarFigures: readonly Mention[],
  memo: FigureMemo): Mention[] | undefined {
  const figures: Mention[] = [];
  let nextSpan = 0;
  let nextFigure = 0;
  for (const { start, line } of document.lines) {
    const end = start + line.text.length;
    const spansEnd = endWithin(spans, nextSpan, start, end);
    const grammarEnd = endWithin(grammarFigures, nextFigure, start, end);
    if (spansEnd < 0 || grammarEnd < 0) return undefined;
    if (spansEnd === nextSpan && grammarEnd === nextFigure) continue; // no span and no amount: no figure (a blank line)
    const [beforeFrom, afterTo] = [Math.max(0, start - READ_BEFORE), Math.min(text.length, end + READ_AFTER)];
    let kept = memo.get(line);
    const fits = (answer: LineFigures): boolean => sameMoved(answer.spans, spans, nextSpan, spansEnd, start, sameType)
      && sameMoved(answer.grammar, grammarFigures, nextFigure, grammarEnd, start, sameFigure)
      && sameText(answer.before, text, beforeFrom, start) && sameText(answer.after, text, end, afterTo);
    // The last answer first, without a search: typing leaves almost every line as it was.
    let answer = kept && kept.length > 0 && fits(kept[0]) ? kept[0] : takeRecent(kept, fits);
    if (!answer) {
      const lineSpans = spans.slice(nextSpan, spansEnd);
      const lineGrammar = grammarFigures.slice(nextFigure, grammarEnd);
      const found = figuresBeforeRanges(text, lineSpans, lineGrammar);
      const shapes = found.map(copyShapeOf);
      answer = {
        before: detached(text.slice(beforeFrom, start)), after: detached(text.slice(end, afterTo)),
        spans: lineSpans.map((span) => ({ start: span.start - start, end: span.end - start, type: span.type })),
        grammar: lineGrammar.map((m) => relativeFigure(m, copyShapeOf(m), start)),
        figures: found.map((m, i) => relativeFigure(m, shapes[i], start)), shapes,
      };
      if (!kept) memo.set(line, (kept = []));
      keepRecent(kept, answer, MAX_ANSWERS_PER_LINE);
    }
    for (let i = 0; i < answer.figures.length; i++) figures.push(movedCopy(answer.figures[i], answer.shapes[i], start));
    nextSpan = spansEnd;
    nextFigure = grammarEnd;
  }
  if (nextSpan < spans.length || nextFigure < grammarFigures.length) return undefined;
  return joinRanges(text, figures);
}
