// `newslens annotate --jsonl`: one JSON line in per article, one line out, in order, streamed.
import type { Correction, Mention } from '../engine';
import { toContractMention } from '../format';
import { analyseWhole } from './analyseWhole';
import { byteLines } from './byteLines';
import { isCalendarDate } from './calendarDate';
import { reportProblem, writeOutput, type CliStreams } from './cliStreams';
import { decodeStrictUtf8 } from './strictUtf8';

/** The line written for one input record; `error` only when the record could not be annotated. */
export interface JsonlResult {
  id: string | number | null;
  mentions: Mention[];
  error?: string;
}

/** A record's result plus the engine's warnings, which go to stderr: the output line's shape is fixed. */
export interface AnnotatedLine {
  result: JsonlResult;
  warnings: string[];
}

/** Annotates one input line `{"id","text","date"?}`; `defaultDate` (from `--date`) applies when it has no date. */
export function annotateJsonlLine(line: string, defaultDate?: string, corrections?: readonly Correction[]): AnnotatedLine {
  const parsed = parseRecord(line);
  if ('error' in parsed) return { result: { id: parsed.id, mentions: [], error: parsed.error }, warnings: [] };
  try {
    const analysis = analyseWhole(parsed.text, parsed.date ?? defaultDate, undefined, corrections);
    return { result: { id: parsed.id, mentions: analysis.mentions.map(toContractMention) }, warnings: analysis.warnings };
  } catch (error) {
    return { result: { id: parsed.id, mentions: [], error: `analysis failed: ${(error as Error).message}` }, warnings: [] };
  }
}

type ParsedRecord = { id: JsonlResult['id']; text: string; date?: string } | { id: JsonlResult['id']; error: string };

function parseRecord(line: string): ParsedRecord {
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

/** The error of a line whose bytes are not UTF-8: refused, as a file with such bytes is, never read with U+FFFD in it. */
export const NOT_UTF8_ERROR = 'not valid UTF-8 text, not annotated (invalid bytes are never replaced)';

/** The answer to a line whose bytes are not UTF-8: an error line, with the record's id when it can still be read. */
export function notUtf8Line(bytes: Uint8Array): AnnotatedLine {
  return { result: { id: idDespiteBadBytes(bytes), mentions: [], error: NOT_UTF8_ERROR }, warnings: [] };
}

/** The record's id when the bad bytes lie elsewhere in the line (so callers can match it up), else null. */
function idDespiteBadBytes(bytes: Uint8Array): JsonlResult['id'] {
  const parsed = parseRecord(new TextDecoder().decode(bytes));
  return typeof parsed.id === 'string' && parsed.id.includes('\uFFFD') ? null : parsed.id;
}

/** Reads stdin line by line (blank lines skipped), writes one result line per record (`corrections` applied to each);
 *  returns 1 if any record failed. */
export async function annotateJsonl(defaultDate: string | undefined, streams: CliStreams, corrections?: readonly Correction[]): Promise<number> {
  let lineNumber = 0;
  let failed = false;
  for await (const bytes of byteLines(streams.stdin)) {
    lineNumber++;
    // The first line may start with a byte order mark, which is not part of its JSON.
    const line = decodeStrictUtf8(bytes, lineNumber === 1);
    if (line?.trim() === '') continue;
    const { result, warnings } = line === undefined ? notUtf8Line(bytes) : annotateJsonlLine(line, defaultDate, corrections);
    warnings.forEach((warning) => reportProblem(streams, `stdin line ${lineNumber}: warning: ${warning}`));
    if (result.error !== undefined) {
      reportProblem(streams, `stdin line ${lineNumber}: ${result.error}`);
      failed = true;
    }
    await writeOutput(streams.stdout, `${JSON.stringify(result)}\n`);
  }
  return failed ? 1 : 0;
}
