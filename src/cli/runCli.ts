// The whole `newslens` program as a function: argv and streams in, exit code out, so tests run it in-process.
import { version } from '../../package.json';
import { annotateFiles } from './annotateFiles';
import type { Correction } from '../engine';
import { loadLanguageTools, type LanguageTools } from '../engine/checks';
import { checkFiles } from './checkFiles';
import { finishOutput, InputFailedError, OutputClosedError, OutputFailedError, reportProblem, writeOutput, type CliStreams } from './cliStreams';
import { ANNOTATE_HELP, CHECK_HELP, INDEX_HELP, MAIN_HELP, USAGE } from './helpText';
import { indexFolder } from './indexFolder';
import type { JobSpec } from './jobs/jobProtocol';
import { IN_PROCESS_HOST, startJobs, type CliHost } from './jobs/jobRunner';
import { Progress } from './jobs/progress';
import { answerJsonlLines } from './jsonlLines';
import { correctionsForArticles, correctionsForFolder, CorrectionsFileError, loadCorrectionsFile } from './loadCorrections';
import { parseArgs, UsageError, type CliCommand, type CorrectionsOption, type HelpTopic, type IndexCommand } from './parseArgs';
import type { RunOptions } from './runOptions';

export type { CliHost } from './jobs/jobRunner';

/** Exit codes of the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Runs `newslens` with the arguments after the script name; resolves to the exit code. `host` says how many jobs a
 *  --jsonl or index run takes by default and how to start worker threads (by default: one job, in-process). */
export async function runCli(argv: readonly string[], streams: CliStreams, host: CliHost = IN_PROCESS_HOST): Promise<number> {
  let command: CliCommand;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    reportProblem(streams, error.message);
    streams.stderr.write(`${USAGE}\nRun '${argv[0] === 'check' || argv[0] === 'index' ? `newslens ${argv[0]} --help` : 'newslens --help'}' for details.\n`);
    return EXIT_USAGE;
  }
  // stdout's errors are kept in `stdout.errored` and reported by the next write or the final flush. Without a listener
  // one that arrives between writes, or on the tick after the run ended (Node emits it late), would crash the process.
  streams.stdout.on('error', keptInStdoutErrored);
  try {
    const exitCode = await runCommand(command, streams, host);
    await finishOutput(streams.stdout);
    return exitCode;
  } catch (error) {
    return exitCodeForStreamError(error, streams);
  }
}

function keptInStdoutErrored(): void {
  // Nothing to do: see runCli.
}

/** A reader gone away ends the run quietly; a stream that failed gets one line on stderr and exit 1; anything else is a bug. */
function exitCodeForStreamError(error: unknown, streams: CliStreams): number {
  if (error instanceof OutputClosedError) return EXIT_OK;
  if (!(error instanceof OutputFailedError || error instanceof InputFailedError)) throw error;
  reportProblem(streams, error.message);
  return EXIT_FAILED;
}

const HELP: Readonly<Record<HelpTopic, string>> = { main: MAIN_HELP, annotate: ANNOTATE_HELP, check: CHECK_HELP, index: INDEX_HELP };

async function runCommand(command: CliCommand, streams: CliStreams, host: CliHost): Promise<number> {
  switch (command.command) {
    case 'help':
      await writeOutput(streams.stdout, HELP[command.topic]);
      return EXIT_OK;
    case 'version':
      await writeOutput(streams.stdout, `${version}\n`);
      return EXIT_OK;
    case 'annotate':
      return annotate(command, streams, host);
    case 'check':
      return check(command, streams, host);
    case 'index':
      return index(command, streams, host);
  }
}

/** The corrections of a run, all read before anything is printed: per file, or the one set for --jsonl lines. */
interface RunCorrections {
  byArticle: Map<string, Correction[]>;
  forJsonl: Correction[];
}

/** Reads the run's corrections; a bad file is a usage error (nothing is annotated or checked with half of them):
 *  reported here, and undefined returned. */
async function readCorrections(command: { jsonl: boolean; files: readonly string[]; corrections?: CorrectionsOption }, streams: CliStreams): Promise<RunCorrections | undefined> {
  return reportingCorrectionsErrors(streams, async () => {
    // Lines on stdin have no folder to find a corrections file in: only --corrections applies to them.
    const forJsonl = command.jsonl && command.corrections && 'file' in command.corrections ? await loadCorrectionsFile(command.corrections.file) : [];
    const byArticle = command.jsonl ? new Map() : await correctionsForArticles(command.corrections ?? { nearest: true }, command.files);
    return { byArticle, forJsonl };
  });
}

/** Reads corrections with `read`; a bad file is reported (each problem, then what to do) and undefined returned. */
async function reportingCorrectionsErrors<T>(streams: CliStreams, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof CorrectionsFileError)) throw error;
    error.lines.forEach((line) => reportProblem(streams, line));
    reportProblem(streams, 'fix the corrections file, or run without its corrections (--no-corrections)');
    return undefined;
  }
}

/** Answers stdin's lines with `spec` on the run's jobs, progress shown as the options say. */
async function answerJsonl(spec: JobSpec, options: RunOptions, streams: CliStreams, host: CliHost): Promise<number> {
  const jobs = await startJobs(spec, options.jobs, host);
  try {
    return await answerJsonlLines(streams, jobs, Progress.of(options.progress, streams.stderr, 'lines'));
  } finally {
    await jobs.close();
  }
}

/** Reads the corrections first, then annotates. */
async function annotate(command: Extract<CliCommand, { command: 'annotate' }>, streams: CliStreams, host: CliHost): Promise<number> {
  const corrections = await readCorrections(command, streams);
  if (!corrections) return EXIT_USAGE;
  return command.jsonl
    ? answerJsonl({ task: 'annotate', defaultDate: command.articleDate, corrections: corrections.forJsonl }, command, streams, host)
    : annotateFiles({ ...command, correctionsFor: (file) => corrections.byArticle.get(file) }, streams);
}

/** Reads the corrections first, loads the language tools (only `check` pays for them), then checks. */
async function check(command: Extract<CliCommand, { command: 'check' }>, streams: CliStreams, host: CliHost): Promise<number> {
  const corrections = await readCorrections(command, streams);
  if (!corrections) return EXIT_USAGE;
  let language: LanguageTools;
  try {
    language = await loadLanguageTools();
  } catch (error) {
    reportProblem(streams, `cannot load the language tools the checks need: ${(error as Error).message}`);
    return EXIT_FAILED;
  }
  return command.jsonl
    ? answerJsonl({ task: 'check', settings: command.settings, defaultDate: command.articleDate, corrections: corrections.forJsonl }, command, streams, host)
    : checkFiles({ ...command, correctionsFor: (file) => corrections.byArticle.get(file) }, language, streams);
}

/** Reads the folder's corrections (as the editor takes its workspace folder's), then indexes it. */
async function index(command: IndexCommand, streams: CliStreams, host: CliHost): Promise<number> {
  const corrections = await reportingCorrectionsErrors(streams, () => correctionsForFolder(command.corrections ?? { nearest: true }, command.folder));
  if (!corrections) return EXIT_USAGE;
  return indexFolder(command, corrections, streams, host);
}
