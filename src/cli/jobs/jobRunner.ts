// How a run answers its articles: in this thread, one at a time (--jobs 1, as before --jobs existed), or on worker
// threads (--jobs N > 1), with at most 2N articles read ahead of the output so memory follows N and the longest line.
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { crashReply, jobAnswerer } from './answerJob';
import type { JobInput, JobReply, JobSpec } from './jobProtocol';
import { WorkerPool } from './workerPool';
import { leanForText } from '../leanMemory';

/** Answers a run's articles. */
export interface JobRunner {
  run(input: JobInput): Promise<JobReply>;
  /** How many articles may be read ahead of the output: 1 in this thread, twice the worker threads otherwise. */
  readonly limit: number;
  close(): Promise<void>;
}

/** What the process running the CLI offers: the default of --jobs, and how to start a worker thread that serves a
 *  run's spec (dist/cli.js starts itself; tests start a built bundle). Without `startWorker` every run is in-process. */
export interface CliHost {
  parallelism: number;
  startWorker?: (spec: JobSpec) => Worker;
}

/** The host of a runCli call that names none: one job, in-process. */
export const IN_PROCESS_HOST: CliHost = { parallelism: 1 };

/** The runner for `jobs` (undefined: the host's parallelism) answering `spec`. */
export async function startJobs(spec: JobSpec, jobs: number | undefined, host: CliHost): Promise<JobRunner> {
  const count = jobs ?? host.parallelism;
  const { startWorker } = host;
  if (count <= 1) {
    const answer = await jobAnswerer(spec);
    return { limit: 1, run: async (input) => answer(input), close: async () => undefined };
  }
  if (!startWorker) throw new Error(`--jobs ${count}: this host cannot start worker threads`);
  const pool = new WorkerPool(count, () => startWorker(spec), (input, error) => crashReply(spec, input, error));
  // A huge line makes the heap lean before it goes to a worker, so that a worker started for it is lean from its start.
  const run = (input: JobInput): Promise<JobReply> => { if ('line' in input) leanForText(input.line.length); return pool.run(input); };
  return { limit: 2 * count, run, close: () => pool.close() };
}

/** Starts `script` (a file, or code with `evaluate`) as a worker serving `spec`. What it prints goes to `stderr`,
 *  never to stdout, which carries only the run's output lines. */
export function workerThreadStarter(script: string, stderr: Writable, evaluate = false): (spec: JobSpec) => Worker {
  return (spec) => {
    const worker = new Worker(script, { eval: evaluate, workerData: spec, stdout: true, stderr: true });
    worker.stdout.on('data', (chunk: Buffer) => stderr.write(chunk));
    worker.stderr.on('data', (chunk: Buffer) => stderr.write(chunk));
    return worker;
  };
}
