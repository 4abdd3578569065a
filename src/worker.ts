// The desktop's analysis worker (a Node worker thread started by nodeWorkerPorts): carries requests to
// DocumentAnalysers and its answers back, off the extension host's thread.
import { parentPort } from 'node:worker_threads';
import { DocumentAnalysers } from './documentAnalysers';
import type { AnalysisRequest } from './editor/workerProtocol';

const analysers = new DocumentAnalysers();
parentPort?.on('message', (request: AnalysisRequest) => parentPort?.postMessage(analysers.answer(request)));
