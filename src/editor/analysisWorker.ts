// Owns the worker that runs the engine: one job at a time, a time limit, a fresh worker after a hang or crash.
// Which kind of worker (a Node thread or a browser Web Worker) is the entry point's choice, through a WorkerPortFactory.
import type { AnalyseOptions, Analysis } from '../engine';
import type { PackageCheckSettings, PackageFinding } from '../engine/checks/packageChecks';
import type { CheckSettings } from '../engine/checks/rules';
import type { ArticleEntry } from '../engine/workspace/articleEntry';
import type { WorkerPort, WorkerPortFactory } from './workerPort';
import { fromWire, type AnalysisRequest, type AnalysisResponse, type FindingsResponse, type IndexedText, type WorkerRequest } from './workerProtocol';

/** Thrown when an analysis ran past the time limit and its worker was terminated. */
export class AnalysisTimeoutError extends Error {
  constructor(readonly milliseconds: number) {
    super(`the analysis took longer than ${milliseconds / 1000} s and was stopped`);
  }
}

/** Rejects a queued analysis whose document moved on (edited or closed) before its turn came. */
export class AnalysisSkippedError extends Error {
  constructor() {
    super('the document changed before its analysis started');
  }
}

/** Extra time allowed per 1,000 analysed characters: a large article is slow, not hung. */
const MS_PER_THOUSAND_CHARS = 150;

/** Runs `analyse()` in a worker so the extension host never blocks on the engine. */
export class AnalysisWorker {
  private worker: WorkerPort | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  /** Jobs queued or running. */
  private pending = 0;
  /** Analyses whose draft-check findings the worker still owes, by request id. */
  private readonly owed = new Map<number, { analysis: Analysis; settle: () => void }>();
  /** Settles once an analysis's findings came (or never will: its worker is gone). */
  private readonly checks = new WeakMap<Analysis, Promise<void>>();
  private readonly checkedListeners = new Set<(analysis: Analysis) => void>();

  constructor(
    private readonly startWorker: WorkerPortFactory,
    /** The time limit for a short text; longer texts get `MS_PER_THOUSAND_CHARS` more per 1,000 characters. */
    private readonly timeoutMs: number,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Queues one analysis; rejects with the engine's error, an AnalysisTimeoutError, a worker crash, or an
   * AnalysisSkippedError when `stillWanted` says no once its turn comes.
   */
  analyse(text: string, options: AnalyseOptions, stillWanted: () => boolean = () => true, document?: string, checks?: CheckSettings): Promise<Analysis> {
    const request = (): AnalysisRequest => ({ id: this.nextId++, text, options, document, ...(checks ? { checks } : {}) });
    return this.enqueue(() => (stillWanted() ? this.runAnalysis(request()) : Promise.reject(new AnalysisSkippedError())));
  }

  /** Queues the workspace index's entry of one file (see IndexRequest): the same one-at-a-time queue and time limit. */
  indexText(path: string, text: string, options: AnalyseOptions): Promise<IndexedText> {
    return this.enqueue(() => {
      const id = this.nextId++;
      return this.run({ id, index: { path, text, options } }, Math.min(text.length, options.maxChars ?? text.length),
        (response) => ('entry' in response ? { entry: response.entry, lineStarts: response.lineStarts } : undefined));
    });
  }

  /** Queues the checks across one story package's entries. */
  packageChecks(entries: ArticleEntry[], settings: PackageCheckSettings): Promise<PackageFinding[]> {
    return this.enqueue(() => {
      const id = this.nextId++;
      return this.run({ id, packageChecks: { entries, settings } }, 0, (response) => ('packageFindings' in response ? response.packageFindings : undefined));
    });
  }

  private enqueue<T>(start: () => Promise<T>): Promise<T> {
    this.pending++;
    const job = this.queue.then(start);
    this.queue = job.then(() => undefined, () => undefined).then(() => { this.pending--; });
    return job;
  }

  private runAnalysis(request: AnalysisRequest): Promise<Analysis> {
    const chars = Math.min(request.text.length, request.options.maxChars ?? request.text.length);
    return this.run(request, chars, (response) => ('analysis' in response ? this.owe(request, fromWire(response.analysis, request.text)) : undefined));
  }

  /** Posts one request and settles with `accept`'s reading of its answer (undefined: not that answer), the worker's
   *  error, its failure, or a timeout that terminates it. */
  private run<T>(request: WorkerRequest & { id: number }, chars: number, accept: (response: AnalysisResponse) => T | undefined): Promise<T> {
    const worker = this.ensureWorker();
    const limitMs = this.timeoutMs + Math.ceil(chars / 1000) * MS_PER_THOUSAND_CHARS;
    return new Promise<T>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        answers.dispose();
        failures.dispose();
        settle();
      };
      const answers = worker.onMessage((response: AnalysisResponse) => {
        if (response.id !== request.id || 'findings' in response) return;
        if ('error' in response) return finish(() => reject(new Error(response.error)));
        const value = accept(response);
        if (value !== undefined) finish(() => resolve(value));
      });
      const failures = worker.onFailure((error) => finish(() => { this.discard(worker); reject(error); }));
      const timer = setTimeout(() => finish(() => {
        this.log(`Worker request ${request.id} (${chars} characters) ran past ${limitMs} ms: terminating the worker; a new one starts with the next request.`);
        this.discard(worker);
        worker.terminate();
        reject(new AnalysisTimeoutError(limitMs));
      }), limitMs);
      worker.postMessage(request);
    });
  }

  /** Resolves once the worker sent the analysis's draft-check findings (`analysis.findings` is then set), at once for
   *  an analysis that asked for none; also when they will never come (the worker stopped). */
  checked(analysis: Analysis): Promise<void> {
    return this.checks.get(analysis) ?? Promise.resolve();
  }

  /** Hears each analysis whose findings just came. */
  onDidCheck(listener: (analysis: Analysis) => void): { dispose(): void } {
    this.checkedListeners.add(listener);
    return { dispose: () => this.checkedListeners.delete(listener) };
  }

  /** Notes that a checked request's findings are still to come. */
  private owe(request: AnalysisRequest, analysis: Analysis): Analysis {
    if (!request.checks) return analysis;
    this.checks.set(analysis, new Promise<void>((settle) => this.owed.set(request.id, { analysis, settle })));
    return analysis;
  }

  /** Puts the findings on their analysis and tells the listeners. */
  private receive(response: FindingsResponse): void {
    const owed = this.owed.get(response.id);
    if (!owed) return;
    this.owed.delete(response.id);
    owed.analysis.findings = response.findings;
    owed.analysis.warnings.push(...response.failed.map((failure) => `A draft check failed: ${failure}`));
    owed.settle();
    for (const listener of [...this.checkedListeners]) listener(owed.analysis);
  }

  /** A worker gone owes nothing more: its analyses keep no findings. */
  private forgiveOwed(): void {
    for (const { settle } of this.owed.values()) settle();
    this.owed.clear();
  }

  /** Tells the worker a document closed, so it drops that document's incremental analyser (a worker not running
   *  holds none). Queued analyses of the document are skipped by their own `stillWanted`. */
  forget(document: string): void {
    this.worker?.postMessage({ forget: document });
  }

  private ensureWorker(): WorkerPort {
    if (!this.worker) {
      const worker = this.startWorker();
      worker.onMessage((response) => { if ('findings' in response) this.receive(response); });
      worker.onFailure(() => this.discard(worker));
      this.worker = worker;
    }
    return this.worker;
  }

  private discard(worker: WorkerPort): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.forgiveOwed();
  }

  /** Starts the jobs queued after this call in a fresh worker: a worker's engine caches grow with every distinct text
   *  it analyses (some 20 KB a file), which the workspace index's thousands of files add up. */
  recycle(): void {
    void this.enqueue(async () => {
      const worker = this.worker;
      if (worker) {
        this.discard(worker);
        worker.terminate();
      }
    });
  }

  /** Stops the worker while no job is queued or running, to give its memory back; the next job starts a fresh one. */
  stopWhenIdle(): void {
    void this.queue.then(() => {
      if (this.pending === 0) this.dispose();
    });
  }

  /** Stops the worker (on deactivate). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.forgiveOwed();
  }
}
