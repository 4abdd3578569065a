// The messages between the extension host and the analysis worker (plain data only: text in, offsets out).
import type { CheckFinding } from '../engine/checks/finding';
import type { PackageCheckSettings, PackageFinding } from '../engine/checks/packageChecks';
import type { CheckSettings } from '../engine/checks/rules';
import type { AnalyseOptions, Analysis, Mention } from '../engine/types';
import type { ArticleEntry } from '../engine/workspace/articleEntry';

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

/** Sent to the worker by the workspace index: one file's text, for its index entry (no incremental analyser is kept). */
export interface IndexRequest {
  id: number;
  index: { path: string; text: string; options: AnalyseOptions };
}

/** Sent to the worker: the checks across one story package, on its articles' index entries. */
export interface PackageCheckRequest {
  id: number;
  packageChecks: { entries: ArticleEntry[]; settings: PackageCheckSettings };
}

/** Anything the extension host sends the worker. */
export type WorkerRequest = AnalysisRequest | ForgetRequest | IndexRequest | PackageCheckRequest;

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

/** A file's index entry, with where each of its lines starts (the offsets after each line break), so the extension
 *  host can turn the entry's offsets into positions without reading the file again. */
export interface IndexedText {
  entry: ArticleEntry;
  lineStarts: number[];
}

/** Sent back by the worker for an IndexRequest. */
export interface IndexResponse extends IndexedText {
  id: number;
}

/** Sent back by the worker for a PackageCheckRequest. */
export interface PackageCheckResponse {
  id: number;
  packageFindings: PackageFinding[];
}

/** Sent back by the worker: the analysis, or why the engine failed; then, for a checked request, its findings; or the
 *  answer to an index or package-check request (or its error). */
export type AnalysisResponse = { id: number; analysis: WireAnalysis } | { id: number; error: string } | FindingsResponse | IndexResponse | PackageCheckResponse;

/** Where each line after the first starts: after every "\n", "\r\n" or lone "\r" (VS Code's line breaks). */
export function lineStartsOf(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The analysis without its mentions' wording, for the trip back to the extension host. */
export function toWire(analysis: Analysis): WireAnalysis {
  return { ...analysis, mentions: analysis.mentions.map(({ text: _text, ...offsets }) => offsets) };
}

/** The analysis with each mention's wording sliced again from the text that was analysed. */
export function fromWire(analysis: WireAnalysis, text: string): Analysis {
  return { ...analysis, mentions: analysis.mentions.map((mention) => ({ ...mention, text: text.slice(mention.start, mention.end) })) };
}
