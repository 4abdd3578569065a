// Waits for a pause before acting: typing re-analyses a document once per pause, not once per keystroke.
// No `vscode` import, so it is unit-tested in plain Node.

/** Runs the latest action scheduled for a key once the key has had no new action for `delayMs`. */
export class Debouncer<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  constructor(private readonly delayMs: number) {}

  /** Replaces any action waiting for the key with this one, and restarts the wait. */
  schedule(key: K, action: () => void): void {
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      action();
    }, this.delayMs));
  }

  /** True while an action waits for the key. */
  isPending(key: K): boolean {
    return this.timers.has(key);
  }

  /** Drops the action waiting for the key, if any. */
  cancel(key: K): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Drops every waiting action; the debouncer stays usable. */
  cancelAll(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }

  /** Drops every waiting action (on deactivate). */
  dispose(): void {
    this.cancelAll();
  }
}
