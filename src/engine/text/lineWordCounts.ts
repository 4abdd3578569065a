// Words counted over a document's lines and kept between runs, so that a keystroke adds and subtracts only the lines
// that came or went instead of gathering every line's words again (the lower-case words of `lines.ts`, the tagger's
// document capitals).

/** A multiset of words over a document's line objects, updated by line. */
export class LineWordCounts<Line extends object> {
  private lines = new Map<Line, number>();
  private readonly words = new Map<string, number>();
  /** The words the last update added to the counts or took out of them (a word whose count went from or to zero). */
  readonly presenceChanged = new Set<string>();

  /** `wordsOf` reads one line's words (a word written twice on a line counts twice). */
  constructor(private readonly wordsOf: (line: Line) => Iterable<string>) {}

  /** The counts for these lines (a line object may occur more than once): the last update's, with the lines that
   *  changed since subtracted and added. The map is this object's own, changed by the next update. */
  update(lines: Iterable<Line>): ReadonlyMap<string, number> {
    this.presenceChanged.clear();
    const now = new Map<Line, number>();
    for (const line of lines) now.set(line, (now.get(line) ?? 0) + 1);
    for (const [line, times] of now) {
      const before = this.lines.get(line) ?? 0;
      if (times !== before) this.add(line, times - before);
    }
    for (const [line, before] of this.lines) if (!now.has(line)) this.add(line, -before);
    this.lines = now;
    return this.words;
  }

  private add(line: Line, times: number): void {
    for (const word of this.wordsOf(line)) {
      const before = this.words.get(word) ?? 0;
      const count = before + times;
      if (count === 0) this.words.delete(word);
      else this.words.set(word, count);
      if ((before === 0) !== (count === 0)) this.presenceChanged.add(word);
    }
  }
}
