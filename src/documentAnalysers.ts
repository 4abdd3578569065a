// The analysis worker's work, whichever platform runs it: one incremental analyser per open document, so typing
// re-analyses only the sentences that changed, and every engine failure answered as a message. No Node or DOM
// imports: src/worker.ts (a worker thread or a Web Worker) only carries messages to and from it.
import { analyse, createAnalyser } from './engine';
import { toWire, type AnalysisRequest, type AnalysisResponse } from './editor/workerProtocol';

/** Documents whose analysers are kept; the least recently analysed goes first. */
const MAX_DOCUMENTS = 16;

/** Answers analysis requests, keeping an incremental analyser per document (the most recent MAX_DOCUMENTS). */
export class DocumentAnalysers {
  private readonly analysers = new Map<string, ReturnType<typeof createAnalyser>>();

  /** Answers one request; an engine exception becomes an error answer instead of killing the worker. */
  answer(request: AnalysisRequest): AnalysisResponse {
    try {
      const analysis = request.document ? this.analyserFor(request.document)(request.text, request.options) : analyse(request.text, request.options);
      return { id: request.id, analysis: toWire(analysis) };
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
    }
  }

  /** Drops a closed document's analyser, so its memory goes with it. */
  forget(document: string): void {
    this.analysers.delete(document);
  }

  /** The document's analyser, made most recently used. */
  private analyserFor(document: string): ReturnType<typeof createAnalyser> {
    const analyser = this.analysers.get(document) ?? createAnalyser();
    this.analysers.delete(document);
    this.analysers.set(document, analyser);
    if (this.analysers.size > MAX_DOCUMENTS) this.analysers.delete(this.analysers.keys().next().value as string);
    return analyser;
  }
}
