// `newslens check FILE...`: each file read as annotate reads it, analysed whole, checked and its findings printed:
// FILE:LINE:COLUMN lines and a summary, or one JSON array. A bad file is reported and skipped.
import type { Correction } from '../engine';
import type { CheckSettings, CheckSeverity, LanguageTools } from '../engine/checks';
import { LineIndex, reportEnd, reportStart } from '../format';
import { oneLine } from '../format/factGroups';
import { failsRun, type CheckFormat, type FailOn } from './checkOptions';
import { checkText, type CheckedText } from './checkText';
import { reportProblem, writeOutput, type CliStreams } from './cliStreams';
import { readArticle } from './readArticle';

/** What to check, with what, and how to print it. */
export interface CheckFilesRequest {
  files: readonly string[];
  format: CheckFormat;
  settings: CheckSettings;
  /** The least severity that fails the run; without it findings never do. */
  failOn?: FailOn;
  /** From `--date`; otherwise the engine finds the date in the text, else takes the file's modification day. */
  articleDate?: string;
  /** The corrections that apply to a file (from `--corrections`, or the `.newslens.json` nearest above it). */
  correctionsFor?: (file: string) => readonly Correction[] | undefined;
}

/** One checked file as `--format json` prints it. */
interface FileFindingsJson {
  file: string;
  articleDate: CheckedText['articleDate'];
  findings: CheckedText['findings'];
}

/** Checks the files in order, streaming the findings to stdout; returns 1 when a file could not be checked or a
 *  finding reaches `failOn`, else 0. */
export async function checkFiles(request: CheckFilesRequest, language: LanguageTools, streams: CliStreams): Promise<number> {
  const counts: Record<CheckSeverity, number> = { warning: 0, information: 0, hint: 0 };
  let checked = 0;
  let failed = false;
  let findingFails = false;
  if (request.format === 'json') await writeOutput(streams.stdout, reportStart('json'));
  for (const file of request.files) {
    const article = await readArticle(file, 'checked');
    if (!article.ok) {
      reportProblem(streams, `${file}: ${article.reason}`);
      failed = true;
      continue;
    }
    let result: CheckedText;
    try {
      result = checkText(article.text, { language, settings: request.settings, articleDate: request.articleDate, fileDate: article.modifiedDay, corrections: request.correctionsFor?.(file) });
    } catch (error) {
      reportProblem(streams, `${file}: check failed: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    result.warnings.forEach((warning) => reportProblem(streams, `${file}: warning: ${warning}`));
    for (const finding of result.findings) {
      counts[finding.severity]++;
      if (failsRun(finding.severity, request.failOn)) findingFails = true;
    }
    const piece = request.format === 'json'
      ? jsonPiece({ file, articleDate: result.articleDate, findings: result.findings }, checked)
      : textLines(file, article.text, result);
    await writeOutput(streams.stdout, piece);
    checked++;
  }
  await writeOutput(streams.stdout, request.format === 'json' ? reportEnd('json', checked) : `${summaryLine(checked, request.files.length, counts)}\n`);
  return failed || findingFails ? 1 : 0;
}

/** A file's object in the run's JSON array, indented as annotate's are. */
function jsonPiece(report: FileFindingsJson, index: number): string {
  return `${index > 0 ? ',' : ''}\n  ${JSON.stringify(report, null, 2).replace(/\n/g, '\n  ')}`;
}

/** "draft.news:3:16: information weekday-date: 4 March 2025 is a Tuesday, not a Wednesday." per finding. */
function textLines(file: string, text: string, result: CheckedText): string {
  const lines = new LineIndex(text);
  const name = oneLine(file);
  return result.findings.map((f) => `${name}:${lines.label(f.start)}: ${f.severity} ${f.rule}: ${oneLine(f.message)}\n`).join('');
}

/** "Checked 2 files: 3 findings (2 information, 1 hint)." — or "no findings", and how many files could not be checked. */
export function summaryLine(checked: number, given: number, counts: Readonly<Record<CheckSeverity, number>>): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const files = checked === given ? plural(checked, 'file') : `${checked} of ${plural(given, 'file')} (${given - checked} could not be checked)`;
  const total = counts.warning + counts.information + counts.hint;
  if (total === 0) return `Checked ${files}: no findings.`;
  const bySeverity = [plural(counts.warning, 'warning'), `${counts.information} information`, plural(counts.hint, 'hint')]
    .filter((part) => !part.startsWith('0 '));
  return `Checked ${files}: ${plural(total, 'finding')} (${bySeverity.join(', ')}).`;
}
