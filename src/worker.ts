// Runs the engine off the extension host's thread: one request at a time, every failure reported as a message.
// Each open document keeps an incremental analyser, so typing re-analyses only the sentences that changed.
import { parentPort } from 'node:worker_threads';
import { analyse, createAnalyser } from './engine';
import type { AnalysisRequest, AnalysisResponse } from './editor/workerProtocol';

/** Documents whose analysers are kept; the least recently analysed goes first. */
const MAX_DOCUMENTS = 16;
const analysers = new Map<string, ReturnType<typeof createAnalyser>>();

/** The document's analyser, made most recently used. */
function analyserFor(document: string): ReturnType<typeof createAnalyser> {
  const analyser = analysers.get(document) ?? createAnalyser();
  analysers.delete(document);
  analysers.set(document, analyser);
  if (analysers.size > MAX_DOCUMENTS) analysers.delete(analysers.keys().next().value as string);
  return analyser;
}

/** Answers one request; an engine exception becomes an error message instead of killing the worker. */
function answer(request: AnalysisRequest): AnalysisResponse {
  try {
    const analysis = request.document ? analyserFor(request.document)(request.text, request.options) : analyse(request.text, request.options);
    return { id: request.id, analysis };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
}

parentPort?.on('message', (request: AnalysisRequest) => parentPort?.postMessage(answer(request)));
