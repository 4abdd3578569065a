// The browser's analysis worker (vscode.dev, github.dev): a Web Worker running dist/worker.js
// (the worker bundle the desktop runs as a Node thread).
import type { AnalysisResponse, WorkerRequest } from './workerProtocol';
import type { Unsubscribe, WorkerPortFactory } from './workerPort';

/** The part of the browser's Worker used here (the project type-checks without the DOM library). */
interface BrowserWorker {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: WorkerEvent) => void): void;
  removeEventListener(type: string, listener: (event: WorkerEvent) => void): void;
  terminate(): void;
}

/** A message or error event, as far as it is used here. */
interface WorkerEvent {
  data?: unknown;
  message?: string;
  preventDefault(): void;
}

declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;

/**
 * Starts the worker script at `scriptUrl` per call. In VS Code's web extension host `Worker` loads it with
 * importScripts, so the script must be a classic (iife) bundle. That host reports no worker errors (only
 * answers), so a broken worker is caught by AnalysisWorker's time limit instead.
 */
export function webWorkerPorts(scriptUrl: string): WorkerPortFactory {
  return () => {
    const worker = new Worker(scriptUrl, { name: 'News Lens analysis' });
    const listen = (type: string, listener: (event: WorkerEvent) => void): Unsubscribe => {
      worker.addEventListener(type, listener);
      return { dispose: () => worker.removeEventListener(type, listener) };
    };
    return {
      postMessage: (request: WorkerRequest) => worker.postMessage(request),
      onMessage: (listener) => listen('message', (event) => listener(event.data as AnalysisResponse)),
      onFailure: (listener) => {
        const errors = listen('error', (event) => {
          event.preventDefault(); // handled here: not also an uncaught error in the extension host
          listener(new Error(`the analysis worker failed: ${event.message ?? 'its script did not load'}`));
        });
        const unreadable = listen('messageerror', () => listener(new Error('the analysis worker sent an unreadable message')));
        return { dispose: () => { errors.dispose(); unreadable.dispose(); } };
      },
      terminate: () => worker.terminate(),
    };
  };
}
