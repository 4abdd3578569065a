// What a run over many articles sends between the main thread and its worker threads: one spec per run (a worker's
// workerData), then one input and one reply per article. The main thread alone writes stdout and stderr, in input order.
import type { Correction } from '../../engine';
import type { CheckSettings } from '../../engine/checks';
import type { OutputLine } from '../outputLine';

/** What every article of a run is answered with: `annotate --jsonl`, `check --jsonl` or `index`. */
export type JobSpec =
  | { task: 'annotate'; defaultDate?: string; corrections: readonly Correction[] }
  | { task: 'check'; settings: CheckSettings; defaultDate?: string; corrections: readonly Correction[] }
  | { task: 'index'; maxCharacters: number; corrections: readonly Correction[] };

/** One article: a --jsonl line (its text, or its bytes when they are not UTF-8), or a file to index (`file` is read,
 *  `path` is the name its entry gets). */
export type JobInput = { line: string } | { bytes: Uint8Array } | { file: string; path: string };

/** The answer to one article. */
export interface JobReply {
  /** The output line, without its line break; absent for a file that was skipped or failed. */
  output?: OutputLine;
  /** The analysis's warnings: said on stderr, the run still succeeds. */
  warnings: string[];
  /** Why a file was not indexed (binary, too long): said on stderr, the run still succeeds. */
  skipped?: string;
  /** Why the article could not be answered: said on stderr, and the run fails (exit status 1). */
  error?: string;
}

/** The main thread's message to a worker, and the worker's answer, matched by `id`. */
export interface JobRequest {
  id: number;
  input: JobInput;
}
export interface JobAnswer {
  id: number;
  reply: JobReply;
}
