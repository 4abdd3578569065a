// The `newslens` bin (bundled to dist/cli.js): wires the process's streams to runCli and sets the exit code. A run with
// --jobs N starts this same file N times as worker threads, which serve the run instead (jobs/serveJobs.ts).
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { OutputFailedError, reportProblem } from './cli/cliStreams';
import type { JobSpec } from './cli/jobs/jobProtocol';
import { workerThreadStarter } from './cli/jobs/jobRunner';
import { serveJobs } from './cli/jobs/serveJobs';
import { processStdin } from './cli/processStdin';
import { EXIT_FAILED, EXIT_OK, runCli } from './cli/runCli';

if (isMainThread) main();
else if (parentPort) serveJobs(parentPort, workerData as JobSpec);

function main(): void {
  const streams = { stdin: processStdin(), stdout: process.stdout, stderr: process.stderr };
  const host = { parallelism: availableParallelism(), startWorker: workerThreadStarter(__filename, process.stderr) };
  let finished = false;
  /** The stdout error the run already met (and reported) through `stdout.errored`, whose event may come after it. */
  let seenByRun: Error | null | undefined;

  // A reader that goes away (`newslens annotate … | head`) is not an error worth a stack trace. Any other write error
  // is reported by runCli, which meets it in its next write or final flush; one arriving after the run is reported here,
  // unless it is the one the run met (its event can come a tick after the run ended, depending on what the run awaited).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    if (!finished || error === seenByRun) return;
    reportProblem(streams, new OutputFailedError(error).message);
    process.exitCode = EXIT_FAILED;
  });

  runCli(process.argv.slice(2), streams, host).then(
    (exitCode) => {
      finished = true;
      seenByRun = process.stdout.errored;
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      finished = true;
      process.stderr.write(`newslens: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
