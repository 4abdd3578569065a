// The `newslens` bin (bundled to dist/cli.js): wires the process's streams to runCli and sets the exit code.
import { OutputFailedError, reportProblem } from './cli/cliStreams';
import { processStdin } from './cli/processStdin';
import { EXIT_FAILED, EXIT_OK, runCli } from './cli/runCli';

const streams = { stdin: processStdin(), stdout: process.stdout, stderr: process.stderr };
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

runCli(process.argv.slice(2), streams).then(
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
