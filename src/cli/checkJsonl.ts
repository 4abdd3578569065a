// `newslens check --jsonl`: one JSON line in per draft, one line out with its findings (jsonlLines.ts streams them, in
// order); bad lines are answered exactly as `annotate --jsonl` answers them.
import type { Correction } from '../engine';
import type { CheckSettings, LanguageTools } from '../engine/checks';
import { checkText, type ContractFinding } from './checkText';
import { idDespiteBadBytes, parseJsonlRecord, type JsonlAnswer, type JsonlId } from './jsonlLines';

/** The line written for one input record; `error` only when the record could not be checked. */
export interface CheckJsonlResult {
  id: JsonlId;
  findings: ContractFinding[];
  error?: string;
}

/** What every line of a run is checked with. */
export interface CheckJsonlContext {
  language: LanguageTools;
  settings: CheckSettings;
  /** From `--date`: the article date of lines without a "date". */
  defaultDate?: string;
  /** From `--corrections`: lines on stdin have no folder to find a .newslens.json in. */
  corrections?: readonly Correction[];
}

/** The error of a line whose bytes are not UTF-8: refused, never read with U+FFFD in it. */
export const NOT_UTF8_CHECK_ERROR = 'not valid UTF-8 text, not checked (invalid bytes are never replaced)';

/** Checks one input line `{"id","text","date"?}`. */
export function checkJsonlLine(line: string, context: CheckJsonlContext): JsonlAnswer<CheckJsonlResult> {
  const parsed = parseJsonlRecord(line);
  if ('error' in parsed) return { result: { id: parsed.id, findings: [], error: parsed.error }, warnings: [] };
  try {
    const { findings, warnings } = checkText(parsed.text, { ...context, articleDate: parsed.date ?? context.defaultDate });
    return { result: { id: parsed.id, findings }, warnings };
  } catch (error) {
    return { result: { id: parsed.id, findings: [], error: `check failed: ${(error as Error).message}` }, warnings: [] };
  }
}

/** The answer to a line whose bytes are not UTF-8: an error line, with the record's id when it can still be read. */
export function notUtf8CheckLine(bytes: Uint8Array): JsonlAnswer<CheckJsonlResult> {
  return { result: { id: idDespiteBadBytes(bytes), findings: [], error: NOT_UTF8_CHECK_ERROR }, warnings: [] };
}
