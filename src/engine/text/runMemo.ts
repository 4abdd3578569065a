// Answers kept from one analysis of a document to the next, so an edit recomputes only the sentences it touched.

/** A memo that keeps exactly the entries the latest run used: memory stays proportional to one document. */
export class RunMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  /** The answer for `key` from this run or the last, computing and keeping it if neither has it. */
  get(key: string, compute: () => V): V {
    const known = this.current.get(key) ?? this.previous.get(key);
    const value = known ?? compute();
    this.current.set(key, value);
    return value;
  }

  /** Ends a run: what this run did not use is dropped. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
