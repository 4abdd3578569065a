// The analysis worker, one bundle (dist/worker.js) for both hosts: the desktop starts it as a Node worker thread
// (nodeWorkerPorts), browsers as a Web Worker (webWorkerPorts). It carries requests to DocumentAnalysers and its
// answers back, off the extension host's thread; only the channel it talks through differs, picked at run time.
import { DocumentAnalysers } from './documentAnalysers';
import type { AnalysisResponse, WorkerRequest } from './editor/workerProtocol';
import { indexAnswer, packageCheckAnswer } from './workspaceAnswers';

/** Where requests come from and answers go, whichever platform started the worker. */
interface Channel {
  listen(handle: (request: WorkerRequest) => void): void;
  answer(response: AnalysisResponse): void;
}

/** The part of Node's `parentPort` used here (typed locally: importing worker_threads would reach browsers). */
interface NodeParentPort {
  on(event: 'message', listener: (request: WorkerRequest) => void): void;
  postMessage(response: AnalysisResponse): void;
}

/** The Web Worker's global scope, as far as it is used here (the project type-checks without the WebWorker library). */
declare const self: {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(response: AnalysisResponse): void;
};

/**
 * In a Node worker thread, its parent port; elsewhere undefined. The desktop host loads dist/worker.js as CommonJS, so
 * Node's `require` works there; in a browser's Web Worker esbuild's stand-in for it throws. (A `typeof require` guard
 * would not do: esbuild rewrites it to test its own stand-in, which always exists.) `node:worker_threads` is external.
 */
function nodeThreadChannel(): Channel | undefined {
  let port: NodeParentPort | null;
  try {
    // eslint-disable-next-line no-restricted-globals, @typescript-eslint/no-require-imports -- the shared worker's one Node built-in, reached only where Node's `require` works
    port = (require('node:worker_threads') as { parentPort: NodeParentPort | null }).parentPort;
  } catch {
    return undefined; // not Node: a browser's Web Worker
  }
  return port ? { listen: (handle) => port.on('message', handle), answer: (response) => port.postMessage(response) } : undefined;
}

/** In a browser's Web Worker: its global scope. */
function webWorkerChannel(): Channel {
  return {
    listen: (handle) => { self.onmessage = (event) => handle(event.data); },
    answer: (response) => self.postMessage(response),
  };
}

const analysers = new DocumentAnalysers();
const channel = nodeThreadChannel() ?? webWorkerChannel();
channel.listen((request) => {
  if ('forget' in request) analysers.forget(request.forget);
  else if ('index' in request) channel.answer(indexAnswer(request));
  else if ('packageChecks' in request) channel.answer(packageCheckAnswer(request));
  else void analysers.answer(request, (response) => channel.answer(response));
});
