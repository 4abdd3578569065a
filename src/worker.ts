// Runs the engine off the extension host's thread: one request at a time, every failure reported as a message.
import { parentPort } from 'node:worker_threads';
import { analyse } from './engine';
import type { AnalysisRequest, AnalysisResponse } from './editor/workerProtocol';

/** Answers one request; an engine exception becomes an error message instead of killing the worker. */
function answer(request: AnalysisRequest): AnalysisResponse {
  try {
    return { id: request.id, analysis: analyse(request.text, request.options) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
}

parentPort?.on('message', (request: AnalysisRequest) => parentPort?.postMessage(answer(request)));
