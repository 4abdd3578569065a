// Answers kept from one analysis of a document to the next, so an edit recomputes only the sentences it touched.

/** One kept answer and the last run that used it. */
interface Entry<V> {
  value: V;
  run: number;
}

/** A memo that keeps exactly the entries the latest run used: memory stays proportional to one document.
 *  A hit costs one map look-up (no copying between maps), which matters with hundreds of sentences per keystroke. */
export class RunMemo<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private run = 0;

  /** The answer for `key` from this run or the last, computing and keeping it if neither has it. `compute` gets the
   *  key as kept (a copy of its own, see `detached`), for answers that hold on to it. */
  get(key: string, compute: (kept: string) => V): V {
    const entry = this.entries.get(key);
    if (entry) {
      entry.run = this.run;
      return entry.value;
    }
    const kept = detached(key);
    const value = compute(kept);
    this.entries.set(kept, { value, run: this.run });
    return value;
  }

  /** The last run's answers this run has not used so far: on an edit, the old versions of what changed. */
  unusedFromLastRun(): V[] {
    const unused: V[] = [];
    for (const entry of this.entries.values()) if (entry.run === this.run - 1) unused.push(entry.value);
    return unused;
  }

  /** Ends a run: what this run did not use is dropped. */
  endRun(): void {
    for (const [key, entry] of this.entries) if (entry.run !== this.run) this.entries.delete(key);
    this.run++;
  }
}

/** A copy of a slice that does not share the whole document's string: a kept slice would keep every old version of
 *  the text alive. (Concatenating then slicing makes the engine copy the characters into a string of their own.) */
export function detached(slice: string): string {
  return `${slice} `.slice(0, -1);
}
