// The workspace index's files waiting to be looked at: those a watcher or a rename named first, then the scan's, by a
// few loops at once, each waiting at the activity gate before its next file. A cancelled scan's files are dropped
// (those under way finish); idle() says when nothing is queued or under way.

/** What happened to one file: read and analysed, unchanged since the saved index, or skipped. */
export type FileOutcome = 'read' | 'reused' | 'skipped';

/** What the queue needs from the index. */
export interface FileQueueHooks<T> {
  /** Loops running at once. */
  readonly concurrency: number;
  /** Resolves when the next file may be looked at (the window is focused or in use). */
  whenActive(): Promise<void>;
  /** Looks at one file: `fromScan` for the scan's, false for one a watcher or a rename named. */
  check(file: T, fromScan: boolean): Promise<FileOutcome>;
  /** One file was looked at: `generation` is its scan's, undefined for a watcher's file. */
  looked(outcome: FileOutcome, generation: number | undefined): void;
  /** A check threw. */
  failed(file: T, error: unknown): void;
  /** Nothing is queued or under way any more. */
  settled(): void;
}

/** The queues and their loops. */
export class FileQueue<T> {
  private readonly urgent = new Map<string, T>();
  private scan: T[] = [];
  private generation = 0;
  private running = 0;
  private stopped = false;
  private waiting: Array<() => void> = [];

  constructor(private readonly hooks: FileQueueHooks<T>) {}

  /** The files of the scan `generation`, looked at after the urgent ones (an earlier scan's are dropped). */
  setScan(generation: number, files: readonly T[]): void {
    this.generation = generation;
    this.scan = [...files];
    this.pump();
  }

  /** Drops the scan's files not yet looked at (a cancelled or superseded scan); files under way finish. */
  dropScan(): void {
    this.scan = [];
  }

  /** A file that changed, looked at before the scan's next file (once, however often it is added meanwhile). */
  add(key: string, file: T): void {
    this.urgent.set(key, file);
    this.pump();
  }

  /** Resolves once nothing is queued or under way. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Starts loops, up to `concurrency`, while files wait; with none waiting or under way, the queue has settled. */
  pump(): void {
    if (this.stopped) return;
    if (this.isIdle()) this.settle();
    while (this.running < this.hooks.concurrency && this.pending()) {
      this.running++;
      void this.drain().finally(() => {
        this.running--;
        if (this.isIdle()) this.settle();
      });
    }
  }

  /** No loop takes another file (the index is disposed). */
  stop(): void {
    this.stopped = true;
    this.urgent.clear();
    this.scan = [];
  }

  private async drain(): Promise<void> {
    for (;;) {
      await this.hooks.whenActive();
      const next = this.stopped ? undefined : this.take();
      if (!next) return;
      let outcome: FileOutcome = 'skipped';
      try {
        outcome = await this.hooks.check(next.file, next.generation !== undefined);
      } catch (error) {
        this.hooks.failed(next.file, error);
      }
      this.hooks.looked(outcome, next.generation);
    }
  }

  private take(): { file: T; generation?: number } | undefined {
    const [key, file] = this.urgent.entries().next().value ?? [];
    if (key !== undefined && file !== undefined) {
      this.urgent.delete(key);
      return { file };
    }
    const fromScan = this.scan.shift();
    return fromScan === undefined ? undefined : { file: fromScan, generation: this.generation };
  }

  private pending(): boolean {
    return this.urgent.size > 0 || this.scan.length > 0;
  }

  private isIdle(): boolean {
    return this.running === 0 && !this.pending();
  }

  private settle(): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
    if (!this.stopped) this.hooks.settled();
  }
}
