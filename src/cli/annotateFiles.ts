// `newslens annotate FILE...`: each file read, analysed whole and reported; a bad file is reported and skipped.
import type { Correction } from '../engine';
import { reportEnd, reportPieces, reportStart, type ReportFormat } from '../format';
import { analyseWhole } from './analyseWhole';
import { reportProblem, writeOutput, type CliStreams } from './cliStreams';
import { readArticle } from './readArticle';

/** What to annotate and how to print it. */
export interface AnnotateFilesRequest {
  files: readonly string[];
  format: ReportFormat;
  /** From `--date`; otherwise the engine finds the date in the text, else takes the file's modification day. */
  articleDate?: string;
  /** The corrections that apply to a file (from `--corrections`, or the `.newslens.json` nearest above it). */
  correctionsFor?: (file: string) => readonly Correction[] | undefined;
}

/** Annotates the files in order, streaming the report to stdout; returns 1 when any file failed, else 0. */
export async function annotateFiles(request: AnnotateFilesRequest, streams: CliStreams): Promise<number> {
  let reported = 0;
  let failed = false;
  await writeOutput(streams.stdout, reportStart(request.format));
  for (const file of request.files) {
    const article = await readArticle(file);
    if (!article.ok) {
      reportProblem(streams, `${file}: ${article.reason}`);
      failed = true;
      continue;
    }
    let pieces: Iterable<string>;
    try {
      // A copy of the facts, not the analysis itself: the engine keeps the text's lines and words for as long as an
      // analysis lives (for the draft checks), and a long file's report takes a while to write.
      const analysis = { ...analyseWhole(article.text, request.articleDate, article.modifiedDay, request.correctionsFor?.(file)) };
      // CSV has no place for warnings (truncation, a sentence skipped), so they go to stderr rather than nowhere.
      if (request.format === 'csv') analysis.warnings.forEach((warning) => reportProblem(streams, `${file}: warning: ${warning}`));
      pieces = reportPieces({ analysis, source: { title: file, text: article.text } }, request.format, reported);
    } catch (error) {
      reportProblem(streams, `${file}: analysis failed: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    for (const piece of pieces) await writeOutput(streams.stdout, piece);
    reported++;
  }
  await writeOutput(streams.stdout, reportEnd(request.format, reported));
  return failed ? 1 : 0;
}
