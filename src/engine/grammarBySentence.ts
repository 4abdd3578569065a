// The date and figure grammars run sentence by sentence; an incremental analyser keeps each sentence's answer while
// the sentence, the characters before and after it and the article date are unchanged.
import { findDatesAndFigures } from './dates/index';
import type { DocumentText, LineText } from './text/lines';
import { keepRecent, takeRecent } from './text/recentFirst';
import { copyShapeOf, movedCopy, offsetBack, type CopyShape } from './text/movedSpans';
import { detached } from './text/runMemo';
import type { Mention } from './types';

/** Characters before a sentence the figure grammar may read ("Siberia 2" across a line break). */
const GRAMMAR_LOOKBEHIND = 30;
/** Characters after a sentence the date grammar may read (a month before a capitalised word is a name's: "May Day",
 *  across a line break in a headline in capitals). */
const GRAMMAR_LOOKAHEAD = 20;

/** One sentence's grammar mentions (offsets relative to the sentence) and the characters before and after it they
 *  were read with. */
interface SentenceGrammar {
  before: string;
  after: string;
  mentions: Mention[];
  /** Each mention's shape, by which a run copies it. */
  shapes: CopyShape[];
}

/** Answers kept for one sentence of a line, one per text read before it: a line the document writes more than once
 *  (a repeated dateline, a separator, an XML declaration between stories) is one line object, read after a different
 *  line each time, and kept only one answer it would parse again at every place on every run. */
const MAX_ANSWERS_PER_SENTENCE = 64;

/** Each kept line's sentences' grammar answers, by sentence index (the most recently made first), and the article
 *  date they were all read with. */
export interface GrammarMemo {
  articleDate?: string;
  lines: WeakMap<LineText, (SentenceGrammar[] | undefined)[]>;
}

/** An empty grammar memo (one per edited document). */
export const createGrammarMemo = (): GrammarMemo => ({ lines: new WeakMap() });

/** True when a kept answer was read with the characters text[from, start) before its sentence and text[end, to)
 *  after it, compared in place. */
function readsSame(answer: SentenceGrammar | undefined, text: string, from: number, start: number, end: number, to: number): answer is SentenceGrammar {
  return answer !== undefined && answer.before.length === start - from && answer.after.length === to - end
    && text.startsWith(answer.before, from) && text.startsWith(answer.after, end);
}

/** The kept answer read with text[from, start) before its sentence and text[end, to) after it, if any. */
const answerReadingSame = (answers: SentenceGrammar[] | undefined, text: string, from: number, start: number, end: number, to: number): SentenceGrammar | undefined =>
  takeRecent(answers, (answer) => readsSame(answer, text, from, start, end, to));

/** Keeps an answer for sentence k of a line, first among those of other texts before it. */
const keep = (kept: (SentenceGrammar[] | undefined)[], k: number, answer: SentenceGrammar): void =>
  keepRecent((kept[k] ??= []), answer, MAX_ANSWERS_PER_SENTENCE);

/** Dates and figures of every sentence, from the memo where a sentence and the characters before it are unchanged;
 *  a sentence that fails costs only its own facts and adds a warning. Each mention is a new object, the caller's own:
 *  a run copies every kept answer once, where it is placed. */
export function datesAndFigures(text: string, document: DocumentText, articleDate: string, warn: (message: string) => void,
  memo: GrammarMemo = createGrammarMemo()): Mention[] {
  if (memo.articleDate !== articleDate) {
    // Relative dates resolve against the article date: answers read under another date are all stale.
    memo.lines = new WeakMap();
    memo.articleDate = articleDate;
  }
  const found: Mention[] = [];
  let departed: Map<string, SentenceGrammar[]> | undefined;
  for (const { start: lineStart, line } of document.lines) {
    if (line.sentences.length === 0) continue;
    let kept = memo.lines.get(line);
    const isNew = !kept;
    if (!kept) memo.lines.set(line, (kept = []));
    // A loop, not a callback per line or a test per sentence: on every keystroke it runs for every sentence.
    for (let k = 0; k < line.sentences.length; k++) {
      const relative = line.sentences[k];
      // A kept line's answer for a sentence starting GRAMMAR_LOOKBEHIND or more into it and ending GRAMMAR_LOOKAHEAD
      // or more before its end was read with characters of this same line around it: it reads the same without
      // comparing them.
      if (!isNew && relative.start >= GRAMMAR_LOOKBEHIND && relative.end + GRAMMAR_LOOKAHEAD <= line.text.length && kept[k]) {
        place(kept[k]![0], relative.start + lineStart, found);
        continue;
      }
      const sentence = { start: relative.start + lineStart, end: relative.end + lineStart };
      const from = Math.max(0, sentence.start - GRAMMAR_LOOKBEHIND);
      const to = Math.min(text.length, sentence.end + GRAMMAR_LOOKAHEAD);
      let answer = answerReadingSame(kept[k], text, from, sentence.start, sentence.end, to);
      if (!answer && isNew) {
        // An edited paragraph is a new line: its unedited sentences take their answers from the line it replaced.
        departed ??= answersOfDepartedLines(document, memo);
        answer = answerReadingSame(departed.get(text.slice(sentence.start, sentence.end)), text, from, sentence.start, sentence.end, to);
      }
      if (answer) keep(kept, k, answer);
      else {
        try {
          const mentions = findDatesAndFigures(text, sentence, articleDate).map((m) => relativeTo(m, sentence.start));
          answer = { before: detached(text.slice(from, sentence.start)), after: detached(text.slice(sentence.end, to)), mentions, shapes: mentions.map(copyShapeOf) };
          keep(kept, k, answer);
        } catch (error) {
          warn(`Dates and figures skipped in the sentence at offset ${sentence.start}: ${String(error)}`);
          continue;
        }
      }
      place(answer, sentence.start, found);
    }
  }
  return found;
}

/** A mention with its offsets made relative to `offset`, as an object of one of a few shapes (a date; a figure, with or
 *  without a unit) whatever code made it: every run copies every kept mention (place), and copying objects of a few
 *  shapes is several times faster than of the many the grammars' rules make. Fields and their order are kept. */
const relativeTo = (m: Mention, offset: number): Mention => movedCopy(m, copyShapeOf(m), offsetBack(offset));

/** Adds copies of a sentence's answer, placed at the sentence's start, to `found`. */
function place(answer: SentenceGrammar, at: number, found: Mention[]): void {
  const { mentions, shapes } = answer;
  for (let i = 0; i < mentions.length; i++) found.push(movedCopy(mentions[i], shapes[i], at));
}

/** The kept answers of the lines the last run had and this one has not, by sentence text. */
function answersOfDepartedLines(document: DocumentText, memo: GrammarMemo): Map<string, SentenceGrammar[]> {
  const answers = new Map<string, SentenceGrammar[]>();
  for (const line of document.departedLines()) {
    const kept = memo.lines.get(line);
    if (!kept) continue;
    line.sentences.forEach((sentence, k) => {
      const written = line.text.slice(sentence.start, sentence.end);
      for (const answer of kept[k] ?? []) {
        const list = answers.get(written);
        if (list) list.push(answer);
        else answers.set(written, [answer]);
      }
    });
  }
  return answers;
}
