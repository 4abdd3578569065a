// The analysis worker's work for the workspace index (issue 15): one file's index entry, analysed whole and forgotten
// (no incremental analyser: the file is not being edited), and the checks across a story package's entries. No Node or
// DOM imports, as in documentAnalysers.ts: src/worker.ts carries the messages.
import { analyse } from './engine';
import { packageFindings } from './engine/checks/packageChecks';
import { articleEntry } from './engine/workspace/articleEntry';
import { lineStartsOf, type AnalysisResponse, type IndexRequest, type PackageCheckRequest } from './editor/workerProtocol';

/** The entry of one file's text, or why the engine failed on it. */
export function indexAnswer({ id, index }: IndexRequest): AnalysisResponse {
  try {
    const analysis = analyse(index.text, index.options);
    const analysed = index.text.slice(0, analysis.analysedChars);
    return { id, entry: articleEntry(index.path, analysis, analysed), lineStarts: lineStartsOf(analysed) };
  } catch (error) {
    return { id, error: describe(error) };
  }
}

/** The findings across one package's articles, or why the checks failed. */
export function packageCheckAnswer({ id, packageChecks }: PackageCheckRequest): AnalysisResponse {
  try {
    return { id, packageFindings: packageFindings(packageChecks.entries, packageChecks.settings) };
  } catch (error) {
    return { id, error: describe(error) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
