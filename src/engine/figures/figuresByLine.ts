// The tagged figures of an edited document line by line: a line's figures read only the line, its tagger spans, its
// grammar figures, the 30 characters before it and the 4 after it, so a keystroke works out one line's figures and
// takes every other line's from the last run. Ranges ("between 20% and 25%") may join two lines: they are joined after.
import type { TaggedSpan } from '../tagger';
import type { DocumentText, LineText } from '../text/lines';
import { keepRecent, takeRecent } from '../text/recentFirst';
import { detached } from '../text/runMemo';
import type { Mention, TextSpan } from '../types';
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
  /** True when every figure has exactly the fields a tagged figure is made with, so a copy can be written out. */
  plain: boolean;
}

/** The figures kept for each line of one edited document. */
export type FigureMemo = WeakMap<LineText, LineFigures[]>;

/** True when text[from, from + kept.length) is `kept`, compared in place. */
function sameText(kept: string, text: string, from: number, to: number): boolean {
  return kept.length === to - from && text.startsWith(kept, from);
}

/** True when the spans found[from, to) are `kept`'s moved by `offset`. */
function sameSpans(kept: readonly TaggedSpan[], found: readonly TaggedSpan[], from: number, to: number, offset: number): boolean {
  if (kept.length !== to - from) return false;
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = found[from + i];
    if (a.start + offset !== b.start || a.end + offset !== b.end || a.type !== b.type) return false;
  }
  return true;
}

/** True when the grammar figures found[from, to) are `kept`'s moved by `offset`: every field a mention may hold (the
 *  grammar makes each kind of figure with its fields in one order, so equal fields are equal figures). */
function sameGrammar(kept: readonly Mention[], found: readonly Mention[], from: number, to: number, offset: number): boolean {
  if (kept.length !== to - from) return false;
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = found[from + i];
    if (a.start + offset !== b.start || a.end + offset !== b.end || a.kind !== b.kind || a.text !== b.text || !Object.is(a.value, b.value)
      || a.figureType !== b.figureType || a.unit !== b.unit || a.dateType !== b.dateType || a.role !== b.role || a.change !== b.change
      || a.entity !== b.entity || a.speaker !== b.speaker || ('unit' in a) !== ('unit' in b)) return false;
  }
  return true;
}

/** True for a figure of the fields, in order, a tagged figure has (figureAt): a copy of it can be written out. */
function isPlainFigure(m: Mention): boolean {
  const keys = Object.keys(m).join(',');
  return keys === 'kind,start,end,text,figureType,value' || keys === 'kind,start,end,text,figureType,value,unit';
}

/** A copy of a figure moved by `offset`: written out when plain, else spread. */
function movedFigure(m: Mention, offset: number, plain: boolean): Mention {
  const start = m.start + offset;
  const end = m.end + offset;
  if (!plain) return { ...m, start, end };
  return m.unit === undefined
    ? { kind: m.kind, start, end, text: m.text, figureType: m.figureType, value: m.value }
    : { kind: m.kind, start, end, text: m.text, figureType: m.figureType, value: m.value, unit: m.unit };
}

/** The index past the last item of `items` (sorted by start, from `from`) starting before `end`; -1 when one of them
 *  starts before `start` or ends after `end` (it is not inside the line). */
function endOfLine(items: readonly TextSpan[], from: number, start: number, end: number): number {
  let next = from;
  while (next < items.length && items[next].start < end) {
    if (items[next].start < start || items[next].end > end) return -1;
    next++;
  }
  return next;
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
    const spansEnd = endOfLine(spans, nextSpan, start, end);
    const grammarEnd = endOfLine(grammarFigures, nextFigure, start, end);
    if (spansEnd < 0 || grammarEnd < 0) return undefined;
    if (spansEnd === nextSpan && grammarEnd === nextFigure) continue; // no span and no amount: no figure (a blank line)
    const [beforeFrom, afterTo] = [Math.max(0, start - READ_BEFORE), Math.min(text.length, end + READ_AFTER)];
    let kept = memo.get(line);
    const fits = (answer: LineFigures): boolean => sameSpans(answer.spans, spans, nextSpan, spansEnd, start)
      && sameGrammar(answer.grammar, grammarFigures, nextFigure, grammarEnd, start)
      && sameText(answer.before, text, beforeFrom, start) && sameText(answer.after, text, end, afterTo);
    // The last answer first, without a search: typing leaves almost every line as it was.
    let answer = kept && kept.length > 0 && fits(kept[0]) ? kept[0] : takeRecent(kept, fits);
    if (!answer) {
      const lineSpans = spans.slice(nextSpan, spansEnd);
      const lineGrammar = grammarFigures.slice(nextFigure, grammarEnd);
      const found = figuresBeforeRanges(text, lineSpans, lineGrammar);
      const plain = found.every(isPlainFigure);
      answer = {
        before: detached(text.slice(beforeFrom, start)), after: detached(text.slice(end, afterTo)),
        spans: lineSpans.map((span) => ({ start: span.start - start, end: span.end - start, type: span.type })),
        grammar: lineGrammar.map((m) => ({ ...m, start: m.start - start, end: m.end - start, text: detached(m.text) })),
        figures: found.map((m) => ({ ...movedFigure(m, -start, plain), text: detached(m.text) })), plain,
      };
      if (!kept) memo.set(line, (kept = []));
      keepRecent(kept, answer, MAX_ANSWERS_PER_LINE);
    }
    for (const figure of answer.figures) figures.push(movedFigure(figure, start, answer.plain));
    nextSpan = spansEnd;
    nextFigure = grammarEnd;
  }
  if (nextSpan < spans.length || nextFigure < grammarFigures.length) return undefined;
  return joinRanges(text, figures);
}
