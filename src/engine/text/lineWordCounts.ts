// Words counted over a document's lines and kept between runs, so that a keystroke adds and subtracts only the lines
// that came or went instead of gathering every line's words again (the lower-case words of `lines.ts`, the tagger's
// document capitals).

/** Where two lists of lines differ: both share `lines[0, start)` and their ends from `oldEnd` / `newEnd` on. */
export interface ChangedRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The part of `now` that differs from `before` (the same objects, compared by identity): a keystroke changes one
 *  line, so taking `before[start, oldEnd)` out and putting `now[start, newEnd)` in turns the one list into the other. */
export function changedRange<T>(before: readonly T[], now: readonly T[]): ChangedRange {
  const shorter = Math.min(before.length, now.length);
  let start = 0;
  while (start < shorter && before[start] === now[start]) start++;
  let oldEnd = before.length, newEnd = now.length;
  while (oldEnd > start && newEnd > start && before[oldEnd - 1] === now[newEnd - 1]) { oldEnd--; newEnd--; }
  return { start, oldEnd, newEnd };
}

/** A multiset of words over a document's line objects, updated by line. */
export class LineWordCounts<Line extends object> {
  /** The lines of the last update, in order. */
  private last: readonly Line[] = [];
  private readonly words = new Map<string, number>();
  /** The words the last update added to the counts or took out of them (a word whose count went from or to zero on
   *  the way: every word whose presence changed, and perhaps one that went and came back). */
  readonly presenceChanged = new Set<string>();

  /** `wordsOf` reads one line's words (a word written twice on a line counts twice). With `keepAdded`, the words
   *  read for the lines an update adds are kept until the next update takes them out (they must then be an iterable
   *  that can be read again, not a generator's): for words costly to read, such as a regex over the line. */
  constructor(private readonly wordsOf: (line: Line) => Iterable<string>, private readonly keepAdded = false) {}

  /** The counts for these lines (a line object may occur more than once): the last update's, with the lines that
   *  differ from the last update's lines (compared in order, from both ends) added and subtracted, so the unchanged
   *  lines are not looked up. The map is this object's own, changed by the next update; `lines` must not be changed. */
  update(lines: readonly Line[]): ReadonlyMap<string, number> {
    this.presenceChanged.clear();
    const { start, oldEnd, newEnd } = changedRange(this.last, lines);
    const added = new Map<Line, Iterable<string>>();
    // Lines that came first: a line that only moved never takes its words' counts through zero.
    for (let i = start; i < newEnd; i++) {
      const words = (this.keepAdded && added.get(lines[i])) || this.wordsOf(lines[i]);
      if (this.keepAdded) added.set(lines[i], words);
      this.add(words, 1);
    }
    // A line added by the last update (the line typed into then, typed into again now) is taken out by the words read
    // when it came, not read again.
    for (let i = start; i < oldEnd; i++) this.add(this.lastAdded.get(this.last[i]) ?? this.wordsOf(this.last[i]), -1);
    this.last = lines;
    this.lastAdded = added;
    return this.words;
  }

  /** The words of the lines the last update added, as read then. */
  private lastAdded = new Map<Line, Iterable<string>>();

  private add(words: Iterable<string>, times: number): void {
    for (const word of words) {
      const before = this.words.get(word) ?? 0;
      const count = before + times;
      if (count === 0) this.words.delete(word);
      else this.words.set(word, count);
      if ((before === 0) !== (count === 0)) this.presenceChanged.add(word);
    }
  }
}
