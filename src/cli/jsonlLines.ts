// What every `--jsonl` command shares: stdin read line by line as strict UTF-8, each record `{"id","text","date"?}`
// read the same way, exactly one line out per record, in order, and a bad record answered rather than dropped.
import type { Readable } from 'node:stream';
import { byteLines } from './byteLines';
import { isCalendarDate } from './calendarDate';
import { reportProblem, type CliStreams } from './cliStreams';
import type { JobReply } from './jobs/jobProtocol';
import type { JobRunner } from './jobs/jobRunner';
import type { Progress } from './jobs/progress';
import { runInOrder } from './jobs/runInOrder';
import { writeOutputLine } from './outputLine';
import { decodeStrictUtf8 } from './strictUtf8';

/** A record's id as echoed back: a string or number, else null. */
export type JsonlId = string | number | null;

/** A record read from one line, or why it cannot be used (with its id when that could be read). */
export type JsonlRecord = { id: JsonlId; text: string; date?: string } | { id: JsonlId; error: string };

/** Reads one input line `{"id","text","date"?}` (extra fields ignored, a null date as none). */
export function parseJsonlRecord(line: string): JsonlRecord {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, error: 'expected a JSON object {"id", "text", "date"?}' };
  }
  const { id, text, date } = record as Record<string, unknown>;
  const shownId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return { id: shownId, error: '"text" is missing or not a string' };
  if (date !== undefined && date !== null && (typeof date !== 'string' || !isCalendarDate(date))) {
    return { id: shownId, error: '"date" must be a calendar date YYYY-MM-DD' };
  }
  return { id: shownId, text, ...(typeof date === 'string' ? { date } : {}) };
}

/** The record's id when the bad bytes lie elsewhere in the line (so callers can match it up), else null. */
export function idDespiteBadBytes(bytes: Uint8Array): JsonlId {
  const parsed = parseJsonlRecord(new TextDecoder().decode(bytes));
  return typeof parsed.id === 'string' && parsed.id.includes('\uFFFD') ? null : parsed.id;
}

/** The line written for one record, plus what goes to stderr about it: the output line's shape is fixed. */
export interface JsonlAnswer<Result extends { error?: string }> {
  result: Result;
  warnings: string[];
}

/** How a command answers a line: its decoded text, or its bytes when they are not UTF-8. */
export interface JsonlAnswerer<Result extends { error?: string }> {
  line(line: string): JsonlAnswer<Result>;
  notUtf8(bytes: Uint8Array): JsonlAnswer<Result>;
}

/** One non-blank line of stdin: its decoded text, or its bytes when they are not UTF-8. */
export interface JsonlItem {
  lineNumber: number;
  input: { line: string } | { bytes: Uint8Array };
}

/** Reads stdin line by line as strict UTF-8, blank lines skipped (but counted, for the line numbers). Each line's bytes
 *  are read in nextItem, whose frame is gone while its item is answered: a variable of this generator would hold them
 *  until the next line is read (a million-word line is 6 MB of bytes, and as much again in the chunks they came in). */
export async function* jsonlItems(stdin: Readable): AsyncGenerator<JsonlItem> {
  const lines = byteLines(stdin);
  try {
    for (let lineNumber = 1; ; lineNumber++) {
      const item = await nextItem(lines, lineNumber);
      if (item === 'end') return;
      if (item !== 'blank') yield item;
    }
  } finally {
    await lines.return(undefined);
  }
}

/** The item of the next line of `lines`, numbered `lineNumber`. */
async function nextItem(lines: AsyncGenerator<Buffer>, lineNumber: number): Promise<JsonlItem | 'blank' | 'end'> {
  const next = await lines.next();
  if (next.done) return 'end';
  // The first line may start with a byte order mark, which is not part of its JSON.
  const line = decodeStrictUtf8(next.value, lineNumber === 1);
  if (line?.trim() === '') return 'blank';
  // A copy of the bytes: a Buffer may share its memory with others, which would all be sent to a worker thread.
  return { lineNumber, input: line === undefined ? { bytes: new Uint8Array(next.value) } : { line } };
}

/** Answers stdin line by line with `jobs`, writes one result line per record in input order, with each warning and
 *  error on stderr under its line number; returns 1 if any record failed, else 0. */
export async function answerJsonlLines(streams: CliStreams, jobs: JobRunner, progress?: Progress): Promise<number> {
  let failed = false;
  const messages = { ...streams, stderr: progress?.messages() ?? streams.stderr };
  const emit = async ({ lineNumber }: JsonlItem, reply: JobReply): Promise<void> => {
    reply.warnings.forEach((warning) => reportProblem(messages, `stdin line ${lineNumber}: warning: ${warning}`));
    if (reply.error !== undefined) {
      reportProblem(messages, `stdin line ${lineNumber}: ${reply.error}`);
      failed = true;
    }
    await writeOutputLine(streams.stdout, reply.output ?? String(reply.output));
    progress?.tick();
  };
  try {
    await runInOrder(jsonlItems(streams.stdin), (item) => jobs.run(item.input), emit, jobs.limit);
  } catch (error) {
    // stdout failed, or stdin: a read still waiting for input must not keep the process alive.
    streams.stdin.destroy();
    throw error;
  }
  progress?.finish();
  return failed ? 1 : 0;
}
