// Splits stdin into lines of raw bytes, so each --jsonl line is decoded (and refused if not UTF-8) on its own.
import type { Readable } from 'node:stream';
import { InputFailedError } from './cliStreams';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Yields each line of `input` without its line break, as readline did before: LF, CRLF or a lone CR ends a line, a
 * last line without a break still counts, and a CRLF split across chunks is one break. Neither byte occurs inside a
 * multi-byte UTF-8 sequence, so splitting bytes first never cuts a character. A read error becomes InputFailedError.
 */
export async function* byteLines(input: Readable): AsyncGenerator<Buffer> {
  const pending: Buffer[] = [];
  let skipLf = false;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
      let start = 0;
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        if (skipLf) {
          skipLf = false;
          if (byte === LF) {
            start = i + 1;
            continue;
          }
        }
        if (byte !== LF && byte !== CR) continue;
        pending.push(bytes.subarray(start, i));
        // Emptied as the line is made, so the chunks it came in are not held while it is read.
        yield Buffer.concat(pending.splice(0));
        start = i + 1;
        skipLf = byte === CR;
      }
      if (start < bytes.length) pending.push(bytes.subarray(start));
    }
  } catch (error) {
    throw new InputFailedError(error);
  }
  if (pending.length > 0) yield Buffer.concat(pending.splice(0));
}
