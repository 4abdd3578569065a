// The process's stdin as a stream that reports read errors: Node hands `< some-directory` over as an empty stream.
import { createReadStream, fstatSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** `process.stdin`, except that a directory on fd 0 is read as a file, so the read fails with EISDIR instead of seeming empty. */
export function processStdin(): Readable {
  return stdinIsDirectory() ? createReadStream('', { fd: 0, autoClose: false }) : process.stdin;
}

function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}
