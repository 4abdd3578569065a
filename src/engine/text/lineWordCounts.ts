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

/** A multiset of words over a document's line objects, updated by line, or by the parts of lines (a line's sentences)
 *  where lines share parts: an edited line then counts in and out only the parts that differ from its last version's. */
export class LineWordCounts<Line extends object, Part extends object = Line> {
  /** The lines of the last update, in order. */
  private last: readonly Line[] = [];
  private readonly words = new Map<string, number>();
  /** The words the last update added to the counts or took out of them (a word whose count went from or to zero on
   *  the way: every word whose presence changed, and perhaps one that went and came back). */
  readonly presenceChanged = new Set<string>();

  /** `wordsOf` reads one part's words (a word written twice counts twice). With `keepAdded`, the words read for the
   *  parts an update adds are kept until the next update takes them out (they must then be an iterable that can be
   *  read again, not a generator's): for words costly to read, such as a regex over the line. `partsOf` gives a line's
   *  parts (without it, a line is its one part). */
  constructor(private readonly wordsOf: (part: Part) => Iterable<string>, private readonly keepAdded = false,
    private readonly partsOf?: (line: Line) => readonly Part[]) {}

  /** The counts for these lines (a line object may occur more than once): the last update's, with the lines that
   *  differ from the last update's lines (compared in order, from both ends) added and subtracted, so the unchanged
   *  lines are not looked up; of those, the parts they share in order from both ends are not either. The map is this
   *  object's own, changed by the next update; `lines` must not be changed. */
  update(lines: readonly Line[]): ReadonlyMap<string, number> {
    this.presenceChanged.clear();
    const changed = changedRange(this.last, lines);
    const before = this.partsIn(this.last, changed.start, changed.oldEnd);
    const now = this.partsIn(lines, changed.start, changed.newEnd);
    const { start, oldEnd, newEnd } = this.partsOf ? changedRange(before, now) : { start: 0, oldEnd: before.length, newEnd: now.length };
    const added = new Map<Part, Iterable<string>>();
    // Parts that came first: a part that only moved never takes its words' counts through zero.
    for (let i = start; i < newEnd; i++) {
      const words = (this.keepAdded && added.get(now[i])) || this.wordsOf(now[i]);
      if (this.keepAdded) added.set(now[i], words);
      this.add(words, 1);
    }
    // A part added by the last update (the line typed into then, typed into again now) is taken out by the words read
    // when it came, not read again.
    for (let i = start; i < oldEnd; i++) this.add(this.lastAdded.get(before[i]) ?? this.wordsOf(before[i]), -1);
    this.last = lines;
    this.lastAdded = added;
    return this.words;
  }

  /** The words of the parts the last update added, as read then. */
  private lastAdded = new Map<Part, Iterable<string>>();

  /** The parts of `lines[from, to)`, in order. */
  private partsIn(lines: readonly Line[], from: number, to: number): readonly Part[] {
    if (!this.partsOf) return lines.slice(from, to) as unknown as Part[];
    const parts: Part[] = [];
    for (let i = from; i < to; i++) for (const part of this.partsOf(lines[i])) parts.push(part);
    return parts;
  }

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
