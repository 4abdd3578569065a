// Runs the CLI in-process with in-memory streams, so CLI tests need no child process.
import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../../src/cli/runCli';

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `newslens ...argv` with `stdin` as its standard input. */
export async function runInProcess(argv: string[], stdin = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const readStdout = collect(stdout);
  const readStderr = collect(stderr);
  const code = await runCli(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: readStdout(), stderr: readStderr() };
}

/** The repository's root (tests run from it; paths below are relative to it). */
export const REPO_ROOT = resolve(__dirname, '../../..');
