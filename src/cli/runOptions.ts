// The options of a run over many articles (`--jsonl` and `newslens index`): how many worker threads (`--jobs`) and
// whether to show progress on stderr (`--progress`, `--quiet`), read and checked as every other option is.
import { UsageError } from './usageError';

/** The most worker threads `--jobs` starts: a typo such as `--jobs 4000` would otherwise exhaust memory. */
export const MAX_JOBS = 256;

/** `--progress` shows progress on stderr even when it is not a terminal; `--quiet` never shows it. */
export type ProgressChoice = 'on' | 'off';

/** What a command line said about the run; a key is present only when its option was given. */
export interface RunOptions {
  jobs?: number;
  progress?: ProgressChoice;
}

/** Reads `--jobs`, `--progress` and `--quiet`; `notHere`, when given, is why they do not apply to this command line
 *  ("--jsonl only (files are annotated one after another)"), and any of them is then a usage error. */
export function runOptionsOf(jobs: string | undefined, flags: ReadonlySet<string>, notHere?: string): RunOptions {
  const progress = flags.has('progress') ? 'on' : flags.has('quiet') ? 'off' : undefined;
  if (flags.has('progress') && flags.has('quiet')) throw new UsageError('--progress and --quiet contradict each other: give one');
  const given = jobs !== undefined ? '--jobs' : progress ? `--${flags.has('progress') ? 'progress' : 'quiet'}` : undefined;
  if (given && notHere !== undefined) throw new UsageError(`${given} applies to ${notHere}`);
  return { ...(jobs !== undefined ? { jobs: jobCountOf(jobs) } : {}), ...(progress ? { progress } : {}) };
}

/** The value of `--jobs`: a whole number of worker threads from 1 to MAX_JOBS, written as digits. */
export function jobCountOf(value: string): number {
  const count = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_JOBS) {
    throw new UsageError(`invalid --jobs '${value}': expected a whole number of worker threads from 1 to ${MAX_JOBS}`);
  }
  return count;
}

/** The value of `--max-characters`: a whole number of characters, 1 or more. */
export function maxCharactersOf(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const count = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(`invalid --max-characters '${value}': expected a whole number of characters, 1 or more`);
  return count;
}
