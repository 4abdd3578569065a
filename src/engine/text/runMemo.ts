// Answers kept from one analysis of a document to the next, so an edit recomputes only the sentences it touched.

/** One kept answer and the last run that used it. */
export interface Entry<V> {
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
    return this.entryOf(key, compute).value;
  }

  /** `get`, as the entry kept: a caller that knows a later run reads the same key (a line before an edit) passes the
   *  entry to `keep` instead of looking the key up again. */
  entryOf(key: string, compute: (kept: string) => V): Entry<V> {
    let entry = this.entries.get(key);
    if (entry) {
      entry.run = this.run;
      return entry;
    }
    const kept = detached(key);
    entry = { value: compute(kept), run: this.run };
    this.entries.set(kept, entry);
    return entry;
  }

  /** Marks an entry this run or the last used as used by this one (true); false for an older one, which the memo may
   *  have dropped. */
  keep(entry: Entry<V>): boolean {
    if (entry.run < this.run - 1) return false;
    entry.run = this.run;
    return true;
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
