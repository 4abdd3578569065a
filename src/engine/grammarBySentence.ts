// The date and figure grammars run sentence by sentence; an incremental analyser keeps each sentence's answer while
// the sentence, the characters before it and the article date are unchanged.
import { findDatesAndFigures } from './dates/index';
import type { DocumentText, LineText } from './text/lines';
import { detached } from './text/runMemo';
import type { Mention } from './types';

/** Characters before a sentence the figure grammar may read ("Siberia 2" across a line break). */
const GRAMMAR_LOOKBEHIND = 30;

/** One sentence's grammar mentions (offsets relative to the sentence) and the characters before it they were read with. */
interface SentenceGrammar {
  before: string;
  mentions: Mention[];
}

/** Each kept line's sentences' grammar answers, by sentence index; valid for one article date. */
export type GrammarMemo = WeakMap<LineText, (SentenceGrammar | undefined)[]>;

/** True when text[from, from + expected.length) is `expected`, compared in place. */
function textAt(text: string, from: number, expected: string): boolean {
  for (let i = 0; i < expected.length; i++) if (text.charCodeAt(from + i) !== expected.charCodeAt(i)) return false;
  return true;
}

/** Dates and figures of every sentence, from the memo where a sentence and the characters before it are unchanged;
 *  a sentence that fails costs only its own facts and adds a warning. */
export function datesAndFigures(text: string, document: DocumentText, articleDate: string, warn: (message: string) => void,
  memo: GrammarMemo = new WeakMap()): Mention[] {
  const found: Mention[] = [];
  for (const { start: lineStart, line } of document.lines) {
    if (line.sentences.length === 0) continue;
    let kept = memo.get(line);
    if (!kept) memo.set(line, (kept = []));
    line.sentences.forEach((relative, k) => {
      const sentence = { start: relative.start + lineStart, end: relative.end + lineStart };
      const from = Math.max(0, sentence.start - GRAMMAR_LOOKBEHIND);
      let answer = kept[k];
      if (!answer || answer.before.length !== sentence.start - from || !textAt(text, from, answer.before)) {
        try {
          const mentions = findDatesAndFigures(text, sentence, articleDate)
            .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
          answer = { before: detached(text.slice(from, sentence.start)), mentions };
          kept[k] = answer;
        } catch (error) {
          warn(`Dates and figures skipped in the sentence at offset ${sentence.start}: ${String(error)}`);
          return;
        }
      }
      for (const m of answer.mentions) found.push({ ...m, start: m.start + sentence.start, end: m.end + sentence.start });
    });
  }
  return found;
}
