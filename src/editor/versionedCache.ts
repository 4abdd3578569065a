// One result per open document version, as vscode-markdown-languageservice's document-info cache keeps one per
// document: computed at most once per version, joined by every caller that asks meanwhile, dropped when the document
// moves on or closes. Keyed by the document object, never its URI: VS Code hands a new untitled draft the closed
// one's "Untitled-1", and a result must never outlive the document it was made for. No `vscode` import, so it is
// unit-tested in plain Node.

/** What the cache needs of a document (VS Code's TextDocument has it). */
export interface VersionedDocument {
  readonly version: number;
  readonly isClosed: boolean;
}

/** Computes a result for the document's current version; `isWanted` says whether the result still matters (check it
 *  before expensive work). Resolves `undefined` when it gave up because it was no longer wanted. */
export type ComputeResult<D, R> = (document: D, isWanted: () => boolean) => Promise<R | undefined>;

/** How one computation ended, for the caller's events: a result, a failure, or nothing (skipped or outdated). */
export interface Settled<D, R> {
  readonly document: D;
  readonly result?: R;
  readonly failure?: string;
}

interface Entry<R> {
  readonly version: number;
  running?: Promise<R | undefined>;
  result?: R;
  failure?: string;
}

/** The results of open documents, one version each. */
export class VersionedCache<D extends VersionedDocument, R> {
  private readonly entries = new Map<D, Entry<R>>();

  constructor(
    private readonly compute: ComputeResult<D, R>,
    /** Called once a computation for the document's current version ends, and never for an outdated one. */
    private readonly settled: (outcome: Settled<D, R>) => void = () => {},
  ) {}

  /** The result for the document's current version, if it is ready. */
  get(document: D): R | undefined {
    return this.current(document)?.result;
  }

  /** Why the computation for the document's current version failed, if it did. */
  failure(document: D): string | undefined {
    return this.current(document)?.failure;
  }

  /** True when the document's current version has a result, a failure or a computation under way. */
  has(document: D): boolean {
    const entry = this.current(document);
    return entry !== undefined && (entry.result !== undefined || entry.failure !== undefined || entry.running !== undefined);
  }

  /** The result for the document's current version: joins the computation under way, else starts one (a finished
   *  result is returned at once unless `fresh` asks for it to be computed again). Resolves undefined when the
   *  computation failed or was overtaken by an edit, a close or `forget`. */
  request(document: D, fresh = false): Promise<R | undefined> {
    const known = this.current(document);
    if (known?.running) return known.running;
    if (known && !fresh && (known.result !== undefined || known.failure !== undefined)) return Promise.resolve(known.result);
    const entry: Entry<R> = { version: document.version };
    this.entries.set(document, entry);
    const isWanted = () => this.isCurrent(document, entry);
    entry.running = this.compute(document, isWanted).then(
      (result) => this.settle(document, entry, result, undefined),
      (error: unknown) => this.settle(document, entry, undefined, error instanceof Error ? error.message : String(error)),
    );
    return entry.running;
  }

  /** Drops the document's result and outdates any computation under way (on close, or when it stops being wanted). */
  forget(document: D): void {
    this.entries.delete(document);
  }

  /** Drops every result (a setting that changes every analysis changed). */
  clear(): void {
    this.entries.clear();
  }

  private settle(document: D, entry: Entry<R>, result: R | undefined, failure: string | undefined): R | undefined {
    entry.running = undefined;
    if (!this.isCurrent(document, entry)) return undefined;
    entry.result = result;
    entry.failure = failure;
    if (result !== undefined || failure !== undefined) this.settled({ document, result, failure });
    else this.entries.delete(document); // skipped: nothing to keep, and the next request starts afresh
    return result;
  }

  private current(document: D): Entry<R> | undefined {
    const entry = this.entries.get(document);
    return entry && this.isCurrent(document, entry) ? entry : undefined;
  }

  private isCurrent(document: D, entry: Entry<R>): boolean {
    return this.entries.get(document) === entry && !document.isClosed && document.version === entry.version;
  }
}
