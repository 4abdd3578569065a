// Runs the CLI in-process with in-memory streams, so CLI tests need no child process.
import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli, type CliHost } from '../../../src/cli/runCli';

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** How a run is set up beyond its argv and stdin. */
export interface RunSetup {
  /** Worker threads and the default of --jobs (see workerHost.ts); by default one job, in-process. */
  host?: CliHost;
  /** Make stderr look like a terminal, as progress looks for. */
  stderrIsTTY?: boolean;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `newslens ...argv` with `stdin` (text, bytes or a stream) as its standard input. */
export async function runInProcess(argv: string[], stdin: string | Buffer | Readable = '', setup: RunSetup = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), setup.stderrIsTTY ? { isTTY: true } : {});
  const readStdout = collect(stdout);
  const readStderr = collect(stderr);
  const input = stdin instanceof Readable ? stdin : Readable.from([stdin]);
  const code = await runCli(argv, { stdin: input, stdout, stderr }, setup.host);
  return { code, stdout: readStdout(), stderr: readStderr() };
}

/** The repository's root (tests run from it; paths below are relative to it). */
export const REPO_ROOT = resolve(__dirname, '../../..');
