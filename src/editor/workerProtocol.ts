// The messages between the extension host and the analysis worker (plain data only: text in, offsets out).
import type { CheckFinding } from '../engine/checks/finding';
import type { CheckSettings } from '../engine/checks/rules';
import type { AnalyseOptions, Analysis, Mention } from '../engine/types';

/** Sent to the worker: analyse this text. `id` pairs the answer with its request. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyseOptions;
  /** Which open document the text is a version of: the worker keeps an incremental analyser per document. An id of
   *  the open document, not its URI: VS Code gives a new untitled draft the name of one just closed. */
  document?: string;
  /** Run the draft checks too, with these settings (none: facts only). */
  checks?: CheckSettings;
}

/** Sent to the worker when a document closes: its incremental analyser is dropped. */
export interface ForgetRequest {
  forget: string;
}

/** Anything the extension host sends the worker. */
export type WorkerRequest = AnalysisRequest | ForgetRequest;

/** An analysis as the worker sends it: each mention's offsets without its text, which the extension host slices from
 *  the text it sent (a 200,000-character article's answer would otherwise carry every mention's wording twice). */
export interface WireAnalysis extends Omit<Analysis, 'mentions'> {
  mentions: Omit<Mention, 'text'>[];
}

/** Sent back by the worker after the analysis, when the request asked for the draft checks: their findings, and one
 *  line per rule that failed. The facts go first, so highlights never wait for the checks (nor, the first time, for
 *  compromise to load). */
export interface FindingsResponse {
  id: number;
  findings: CheckFinding[];
  failed: string[];
}

/** Sent back by the worker: the analysis, or why the engine failed; then, for a checked request, its findings. */
export type AnalysisResponse = { id: number; analysis: WireAnalysis } | { id: number; error: string } | FindingsResponse;

/** The analysis without its mentions' wording, for the trip back to the extension host. */
export function toWire(analysis: Analysis): WireAnalysis {
  return { ...analysis, mentions: analysis.mentions.map(({ text: _text, ...offsets }) => offsets) };
}

/** The analysis with each mention's wording sliced again from the text that was analysed. */
export function fromWire(analysis: WireAnalysis, text: string): Analysis {
  return { ...analysis, mentions: analysis.mentions.map((mention) => ({ ...mention, text: text.slice(mention.start, mention.end) })) };
}
