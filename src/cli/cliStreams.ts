// The streams a CLI run talks to, passed in so tests can run the whole CLI in-process.
import type { Readable, Writable } from 'node:stream';

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

/** Writes `text` and waits while the stream's buffer is full, so a huge run never piles output up in memory. */
export function writeOutput(stream: Writable, text: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.reject(new OutputClosedError());
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = () => settle(new OutputClosedError());
    const onClose = () => settle(new OutputClosedError());
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/** Writes one diagnostic line to stderr, prefixed with the program's name. */
export function reportProblem(streams: CliStreams, message: string): void {
  streams.stderr.write(`newslens: ${message}\n`);
}
