// The desktop's analysis worker: a Node worker thread running dist/worker.js.
import { Worker } from 'node:worker_threads';
import type { AnalysisResponse, WorkerRequest } from './workerProtocol';
import type { Unsubscribe, WorkerPortFactory } from './workerPort';

/** Starts `scriptPath` in a worker thread per call; the thread never keeps the extension host alive. */
export function nodeWorkerPorts(scriptPath: string): WorkerPortFactory {
  return () => {
    const worker = new Worker(scriptPath);
    worker.unref();
    const listen = <T>(event: string, listener: (value: T) => void): Unsubscribe => {
      worker.on(event, listener);
      return { dispose: () => worker.off(event, listener) };
    };
    return {
      postMessage: (request: WorkerRequest) => worker.postMessage(request),
      onMessage: (listener: (response: AnalysisResponse) => void) => listen('message', listener),
      onFailure: (listener) => {
        const errors = listen('error', listener);
        const exits = listen('exit', (code: number) => listener(new Error(`the analysis worker stopped (exit code ${code})`)));
        return { dispose: () => { errors.dispose(); exits.dispose(); } };
      },
      terminate: () => void worker.terminate(),
    };
  };
}
