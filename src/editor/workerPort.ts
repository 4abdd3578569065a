// What AnalysisWorker needs from a worker, whichever platform started it: Node's worker_threads on the desktop,
// the browser's Worker on vscode.dev. Each platform's entry point hands AnalysisWorker a factory of these.
import type { AnalysisResponse, WorkerRequest } from './workerProtocol';

/** Undoes one subscription (the shape of vscode.Disposable, without importing vscode). */
export interface Unsubscribe {
  dispose(): void;
}

/** A running analysis worker as AnalysisWorker sees it: send a request, hear answers and failures, stop it. */
export interface WorkerPort {
  postMessage(request: WorkerRequest): void;
  /** Every answer the worker sends. */
  onMessage(listener: (response: AnalysisResponse) => void): Unsubscribe;
  /** The worker is gone or unusable: an uncaught error, a script that failed to load, or it stopped. */
  onFailure(listener: (error: Error) => void): Unsubscribe;
  /** Stops the worker at once, mid-analysis if need be; its listeners hear nothing more. */
  terminate(): void;
}

/** Starts a fresh worker; AnalysisWorker calls it for the first analysis and again after a hang or crash. */
export type WorkerPortFactory = () => WorkerPort;
