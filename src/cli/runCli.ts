// The whole `newslens` program as a function: argv and streams in, exit code out, so tests run it in-process.
import { version } from '../../package.json';
import { annotateFiles } from './annotateFiles';
import { annotateJsonl } from './annotateJsonl';
import type { Correction } from '../engine';
import { loadLanguageTools, type LanguageTools } from '../engine/checks';
import { checkFiles } from './checkFiles';
import { checkJsonl } from './checkJsonl';
import { finishOutput, InputFailedError, OutputClosedError, OutputFailedError, reportProblem, writeOutput, type CliStreams } from './cliStreams';
import { ANNOTATE_HELP, CHECK_HELP, MAIN_HELP, USAGE } from './helpText';
import { correctionsForArticles, CorrectionsFileError, loadCorrectionsFile } from './loadCorrections';
import { parseArgs, UsageError, type CliCommand, type CorrectionsOption, type HelpTopic } from './parseArgs';

/** Exit codes of the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Runs `newslens` with the arguments after the script name; resolves to the exit code. */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  let command: CliCommand;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    reportProblem(streams, error.message);
    streams.stderr.write(`${USAGE}\nRun '${argv[0] === 'check' ? 'newslens check --help' : 'newslens --help'}' for details.\n`);
    return EXIT_USAGE;
  }
  // stdout's errors are kept in `stdout.errored` and reported by the next write or the final flush. Without a listener
  // one that arrives between writes, or on the tick after the run ended (Node emits it late), would crash the process.
  streams.stdout.on('error', keptInStdoutErrored);
  try {
    const exitCode = await runCommand(command, streams);
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

const HELP: Readonly<Record<HelpTopic, string>> = { main: MAIN_HELP, annotate: ANNOTATE_HELP, check: CHECK_HELP };

async function runCommand(command: CliCommand, streams: CliStreams): Promise<number> {
  switch (command.command) {
    case 'help':
      await writeOutput(streams.stdout, HELP[command.topic]);
      return EXIT_OK;
    case 'version':
      await writeOutput(streams.stdout, `${version}\n`);
      return EXIT_OK;
    case 'annotate':
      return annotate(command, streams);
    case 'check':
      return check(command, streams);
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
  try {
    // Lines on stdin have no folder to find a corrections file in: only --corrections applies to them.
    const forJsonl = command.jsonl && command.corrections && 'file' in command.corrections ? await loadCorrectionsFile(command.corrections.file) : [];
    const byArticle = command.jsonl ? new Map() : await correctionsForArticles(command.corrections ?? { nearest: true }, command.files);
    return { byArticle, forJsonl };
  } catch (error) {
    if (!(error instanceof CorrectionsFileError)) throw error;
    error.lines.forEach((line) => reportProblem(streams, line));
    reportProblem(streams, 'fix the corrections file, or run without its corrections (--no-corrections)');
    return undefined;
  }
}

/** Reads the corrections first, then annotates. */
async function annotate(command: Extract<CliCommand, { command: 'annotate' }>, streams: CliStreams): Promise<number> {
  const corrections = await readCorrections(command, streams);
  if (!corrections) return EXIT_USAGE;
  return command.jsonl
    ? annotateJsonl(command.articleDate, streams, corrections.forJsonl)
    : annotateFiles({ ...command, correctionsFor: (file) => corrections.byArticle.get(file) }, streams);
}

/** Reads the corrections first, loads the language tools (only `check` pays for them), then checks. */
async function check(command: Extract<CliCommand, { command: 'check' }>, streams: CliStreams): Promise<number> {
  const corrections = await readCorrections(command, streams);
  if (!corrections) return EXIT_USAGE;
  let language: LanguageTools;
  try {
    language = await loadLanguageTools();
  } catch (error) {
    reportProblem(streams, `cannot load the language tools the checks need: ${(error as Error).message}`);
    return EXIT_FAILED;
  }
  const { settings } = command;
  return command.jsonl
    ? checkJsonl({ language, settings, defaultDate: command.articleDate, corrections: corrections.forJsonl }, streams)
    : checkFiles({ ...command, correctionsFor: (file) => corrections.byArticle.get(file) }, language, streams);
}
