// The messages between the extension host and the analysis worker (plain data only: text in, offsets out).
import type { AnalyseOptions, Analysis } from '../engine';

/** Sent to the worker: analyse this text. `id` pairs the answer with its request. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyseOptions;
  /** Which open document the text is a version of: the worker keeps an incremental analyser per document. An id of
   *  the open document, not its URI: VS Code gives a new untitled draft the name of one just closed. */
  document?: string;
}

/** Sent to the worker when a document closes: its incremental analyser is dropped. */
export interface ForgetRequest {
  forget: string;
}

/** Anything the extension host sends the worker. */
export type WorkerRequest = AnalysisRequest | ForgetRequest;

/** Sent back by the worker: the analysis, or why the engine failed. */
export type AnalysisResponse = { id: number; analysis: Analysis } | { id: number; error: string };
