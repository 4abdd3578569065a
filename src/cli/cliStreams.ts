// The streams a CLI run talks to, passed in so tests can run the whole CLI in-process.
import type { Readable, Writable } from 'node:stream';
import { describeStreamError, systemErrorCode } from './systemErrors';

/** stdin for `--jsonl`, stdout for results only, stderr for every diagnostic. */
export interface CliStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Thrown when stdout is closed under us (a reader such as `head` went away): the run stops quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed');
  }
}

/** Thrown when stdout fails otherwise (a full disk, an I/O error): the run says so in one line and exits 1. */
export class OutputFailedError extends Error {
  constructor(cause: unknown) {
    super(`cannot write the output: ${describeStreamError(cause)}`);
  }
}

/** Thrown when stdin cannot be read (`--jsonl < some-directory`): the run says so in one line and exits 1. */
export class InputFailedError extends Error {
  constructor(cause: unknown) {
    super(`cannot read stdin: ${describeStreamError(cause)}`);
  }
}

/** Codes meaning the reader went away, which is how `newslens … | head` ends, not a failure. */
const READER_GONE = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** What a stdout error means to the run: the reader gone (quiet) or a real failure (reported). */
function outputError(error: unknown): OutputClosedError | OutputFailedError {
  return READER_GONE.has(systemErrorCode(error) ?? '') ? new OutputClosedError() : new OutputFailedError(error);
}

/** Why `stream` can take no more output, or undefined while it can. */
function unwritable(stream: Writable): OutputClosedError | OutputFailedError | undefined {
  if (stream.errored) return outputError(stream.errored);
  return stream.destroyed || stream.writableEnded ? new OutputClosedError() : undefined;
}

/** Writes `text` (or bytes) and waits while the stream's buffer is full, so a huge run never piles output up in memory. */
export function writeOutput(stream: Writable, text: string | Uint8Array): Promise<void> {
  const before = unwritable(stream);
  if (before) return Promise.reject(before);
  if (stream.write(text)) return Promise.resolve();
  const failed = unwritable(stream);
  if (failed) return Promise.reject(failed);
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(outputError(error));
    const onClose = () => settle(unwritable(stream) ?? new OutputClosedError());
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/** Waits until everything written has left the stream; rejects with OutputFailedError if that failed. A closed reader is not an error here. */
export function finishOutput(stream: Writable): Promise<void> {
  const failed = unwritable(stream);
  if (failed instanceof OutputFailedError) return Promise.reject(failed);
  if (failed || stream.writableLength === 0) return Promise.resolve();
  // An empty write's callback runs after every earlier write has finished, with their error if one failed.
  return new Promise((resolve, reject) => {
    stream.write('', (error) => {
      const cause = stream.errored ?? error;
      const result = cause ? outputError(cause) : undefined;
      if (result instanceof OutputFailedError) reject(result);
      else resolve();
    });
  });
}

/** Writes one diagnostic line to stderr, prefixed with the program's name. */
export function reportProblem(streams: CliStreams, message: string): void {
  streams.stderr.write(`newslens: ${message}\n`);
}
