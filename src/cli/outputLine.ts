// One line of a run's output as it goes from the answer to stdout: a string, or for a huge answer its UTF-8 bytes in
// pieces. A million-word article's --jsonl line is 14 MB; as one string it was copied whole by each step after the
// analysis (to the main thread, then into a buffer to write), at the end of the run, when memory peaks. Its pieces are
// made a few mentions at a time, handed from a worker thread without a copy (transferred), and written as they are.
import type { Writable } from 'node:stream';
import { writeOutput } from './cliStreams';

/** An output line without its line break: the string, or its bytes in pieces to write one after another. */
export type OutputLine = string | Uint8Array[];

/** From how many items an array of the answer makes its line go in pieces: a line of fewer is short (a few hundred KB
 *  at most), and is made in one call, as before. */
const PIECES_FROM_ITEMS = 4096;

/** About how many characters each piece holds: few writes, and little held at once. */
const PIECE_CHARACTERS = 1 << 16;

/** From how many characters a line made as one string is written apart from its line break, not copied to join them. */
const LONG_LINE = 1 << 16;

/** `answer` as JSON.stringify writes it (the same bytes): one string, or pieces when one of its arrays is long. */
export function outputLineOf(answer: object): OutputLine {
  if (!Object.values(answer).some((value) => Array.isArray(value) && value.length >= PIECES_FROM_ITEMS)) return JSON.stringify(answer);
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let piece = '';
  for (const part of jsonParts(answer)) {
    piece += part;
    if (piece.length < PIECE_CHARACTERS) continue;
    pieces.push(encoder.encode(piece));
    piece = '';
  }
  if (piece) pieces.push(encoder.encode(piece));
  return pieces;
}

/** The JSON of a plain object in parts, an array-valued field's items one by one; JSON.stringify's output joined. */
function* jsonParts(answer: object): Generator<string> {
  let separator = '{';
  for (const [key, value] of Object.entries(answer)) {
    const json = Array.isArray(value) ? '' : (JSON.stringify(value) as string | undefined);
    // JSON.stringify leaves out a field it cannot write (undefined, a function).
    if (json === undefined) continue;
    yield `${separator}${JSON.stringify(key)}:${json}`;
    separator = ',';
    if (!Array.isArray(value)) continue;
    for (let i = 0; i < value.length; i++) yield `${i === 0 ? '[' : ','}${(JSON.stringify(value[i]) as string | undefined) ?? 'null'}`;
    yield value.length === 0 ? '[]' : ']';
  }
  yield separator === '{' ? '{}' : '}';
}

/** The buffers of a line's pieces, to transfer to another thread rather than copy. */
export const transferablesOf = (line: OutputLine | undefined): ArrayBuffer[] =>
  Array.isArray(line) ? line.map((piece) => piece.buffer as ArrayBuffer) : [];

/** Writes one output line and its line break. */
export async function writeOutputLine(stdout: Writable, line: OutputLine): Promise<void> {
  if (typeof line === 'string') {
    if (line.length < LONG_LINE) return writeOutput(stdout, `${line}\n`);
    await writeOutput(stdout, line);
  } else {
    for (const piece of line) await writeOutput(stdout, piece);
  }
  await writeOutput(stdout, '\n');
}
