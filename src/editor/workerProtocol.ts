// The messages between the extension host and the analysis worker (plain data only: text in, offsets out).
import type { AnalyseOptions, Analysis } from '../engine';

/** Sent to the worker: analyse this text. `id` pairs the answer with its request. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyseOptions;
  /** The document the text is a version of (its URI): the worker keeps an incremental analyser per document. */
  document?: string;
}

/** Sent back by the worker: the analysis, or why the engine failed. */
export type AnalysisResponse = { id: number; analysis: Analysis } | { id: number; error: string };
