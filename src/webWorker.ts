// The browser's analysis worker (a Web Worker started by webWorkerPorts on vscode.dev and other web hosts):
// carries requests to DocumentAnalysers and its answers back, off the web extension host's thread.
import { DocumentAnalysers } from './documentAnalysers';
import type { AnalysisRequest, AnalysisResponse } from './editor/workerProtocol';

/** The worker's global scope, as far as it is used here (the project type-checks without the WebWorker library). */
declare const self: {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(response: AnalysisResponse): void;
};

const analysers = new DocumentAnalysers();
self.onmessage = (event) => self.postMessage(analysers.answer(event.data));
