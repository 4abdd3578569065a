// Answers read from one line alone, kept with the line: an incremental analyser keeps each unchanged line's object from
// run to run, so a document-level rule that gathers its evidence line by line redoes only the edited line per keystroke.
import { isKeptLine, type LineText, type PlacedLine } from './lines';

/** `compute` with its answer kept per line object, and forgotten with the line (a WeakMap keyed by it). Only an
 *  analyser's lines keep answers: a one-shot analysis reads each line once or twice, and keeping every line's answers
 *  for the whole run cost a million-word file tens of MB. */
export function cachedByLine<T>(compute: (line: LineText) => T): (line: LineText) => T {
  const kept = new WeakMap<LineText, T>();
  // The answer for an empty line, worked out once: half a draft's lines are the blank ones between its paragraphs, and
  // an answer read from the line alone is the same for every empty line.
  let empty: { answer: T } | undefined;
  return (line) => {
    if (line.text.length === 0) return (empty ??= { answer: compute(line) }).answer;
    if (!isKeptLine(line)) return compute(line);
    let answer = kept.get(line);
    if (answer === undefined) {
      answer = compute(line);
      kept.set(line, answer);
    }
    return answer;
  };
}

/** The line of `lines` (in text order) holding offset `at`: the last one starting at or before it. */
export function lineAt(lines: readonly PlacedLine[], at: number): PlacedLine {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle].start <= at) low = middle;
    else high = middle - 1;
  }
  return lines[low];
}
