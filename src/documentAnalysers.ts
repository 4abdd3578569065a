// The analysis worker's work, whichever platform runs it: one incremental analyser per open document, so typing
// re-analyses only the sentences that changed, and every engine failure answered as a message. No Node or DOM
// imports: src/worker.ts (a worker thread or a Web Worker) only carries messages to and from it.
import { analyse, createAnalyser, type Analysis } from './engine';
import { checkDraft, loadLanguageTools } from './engine/checks';
import { toWire, type AnalysisRequest, type AnalysisResponse, type FindingsResponse } from './editor/workerProtocol';

/** Documents whose analysers are kept; the least recently analysed goes first. */
const MAX_DOCUMENTS = 16;

/** Answers analysis requests, keeping an incremental analyser per document (the most recent MAX_DOCUMENTS). */
export class DocumentAnalysers {
  private readonly analysers = new Map<string, ReturnType<typeof createAnalyser>>();

  /** Answers one request: first its analysis (an engine exception becomes an error answer instead of killing the
   *  worker), then, when it asked for them, the draft checks' findings (a check that fails is named, never thrown). */
  async answer(request: AnalysisRequest, reply: (response: AnalysisResponse) => void): Promise<void> {
    let analysis: Analysis;
    try {
      analysis = request.document ? this.analyserFor(request.document)(request.text, request.options) : analyse(request.text, request.options);
    } catch (error) {
      reply({ id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
      return;
    }
    reply({ id: request.id, analysis: toWire(analysis) });
    if (request.checks) reply(await findingsOf(request, analysis));
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

/** The draft checks' findings on an analysis (compromise is loaded with the first request that asks for them). */
async function findingsOf(request: AnalysisRequest, analysis: Analysis): Promise<FindingsResponse> {
  try {
    const { findings, failed } = checkDraft(request.text, analysis, await loadLanguageTools(), request.checks);
    return { id: request.id, findings, failed };
  } catch (error) {
    return { id: request.id, findings: [], failed: [`every check: ${String(error)}`] };
  }
}
