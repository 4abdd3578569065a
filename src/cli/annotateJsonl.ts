// `newslens annotate --jsonl`: one JSON line in per article, one line out (jsonlLines.ts streams them, in order).
import type { Correction, Mention } from '../engine';
import { toContractMention } from '../format';
import { analyseWhole } from './analyseWhole';
import { idDespiteBadBytes, parseJsonlRecord, type JsonlAnswer, type JsonlId } from './jsonlLines';

/** The line written for one input record; `error` only when the record could not be annotated. */
export interface JsonlResult {
  id: JsonlId;
  mentions: Mention[];
  error?: string;
}

/** A record's result plus the engine's warnings, which go to stderr: the output line's shape is fixed. */
export type AnnotatedLine = JsonlAnswer<JsonlResult>;

/** Annotates one input line `{"id","text","date"?}`; `defaultDate` (from `--date`) applies when it has no date. */
export function annotateJsonlLine(line: string, defaultDate?: string, corrections?: readonly Correction[]): AnnotatedLine {
  const parsed = parseJsonlRecord(line);
  if ('error' in parsed) return { result: { id: parsed.id, mentions: [], error: parsed.error }, warnings: [] };
  try {
    const analysis = analyseWhole(parsed.text, parsed.date ?? defaultDate, undefined, corrections);
    return { result: { id: parsed.id, mentions: analysis.mentions.map(toContractMention) }, warnings: analysis.warnings };
  } catch (error) {
    return { result: { id: parsed.id, mentions: [], error: `analysis failed: ${(error as Error).message}` }, warnings: [] };
  }
}

/** The error of a line whose bytes are not UTF-8: refused, as a file with such bytes is, never read with U+FFFD in it. */
export const NOT_UTF8_ERROR = 'not valid UTF-8 text, not annotated (invalid bytes are never replaced)';

/** The answer to a line whose bytes are not UTF-8: an error line, with the record's id when it can still be read. */
export function notUtf8Line(bytes: Uint8Array): AnnotatedLine {
  return { result: { id: idDespiteBadBytes(bytes), mentions: [], error: NOT_UTF8_ERROR }, warnings: [] };
}
