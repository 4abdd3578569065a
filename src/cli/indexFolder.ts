// `newslens index DIR`: the workspace index of a folder, one JSON line per article (path, article date, people,
// organizations and places with their counts), in path order, to --out FILE or stdout; --jobs as for --jsonl.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Correction } from '../engine';
import { OutputFailedError, reportProblem, type CliStreams } from './cliStreams';
import type { JobReply } from './jobs/jobProtocol';
import { startJobs, type CliHost } from './jobs/jobRunner';
import { Progress } from './jobs/progress';
import { runInOrder } from './jobs/runInOrder';
import { writeOutputLine } from './outputLine';
import type { IndexCommand } from './parseArgs';
import { describeStreamError, knownSystemErrorReason } from './systemErrors';
import { walkArticles, type WalkItem } from './walkArticles';

/** Indexes the folder with `corrections`; returns 1 when a file or folder could not be read or analysed, else 0
 *  (skipped files do not fail the run). */
export async function indexFolder(command: IndexCommand, corrections: readonly Correction[], streams: CliStreams, host: CliHost): Promise<number> {
  const problem = await notAFolder(command.folder);
  if (problem) {
    reportProblem(streams, `${command.folder}: ${problem}`);
    return 1;
  }
  const out = command.out === undefined ? streams.stdout : await openOutput(command.out);
  try {
    return await indexInto(out, command, corrections, streams, host);
  } finally {
    if (out !== streams.stdout) await closeOutput(out);
  }
}

/** Walks the folder and writes each article's entry to `out`, in path order. */
async function indexInto(out: Writable, command: IndexCommand, corrections: readonly Correction[], streams: CliStreams, host: CliHost): Promise<number> {
  const jobs = await startJobs({ task: 'index', maxCharacters: command.maxCharacters, corrections }, command.jobs, host);
  const progress = Progress.of(command.progress, streams.stderr, 'files');
  const messages = { ...streams, stderr: progress?.messages() ?? streams.stderr };
  let failed = false;
  const emit = async (item: WalkItem, reply: JobReply): Promise<void> => {
    const shown = join(command.folder, item.path);
    reply.warnings.forEach((warning) => reportProblem(messages, `${shown}: warning: ${warning}`));
    if (reply.skipped !== undefined) reportProblem(messages, `${shown}: ${reply.skipped}`);
    if (reply.error !== undefined) {
      reportProblem(messages, `${shown}: ${reply.error}`);
      failed = true;
    }
    if (reply.output !== undefined) await writeOutputLine(out, reply.output);
    progress?.tick();
  };
  try {
    await runInOrder(walkArticles(command.folder, command.out), (item) => answer(item, jobs.run), emit, jobs.limit);
  } finally {
    await jobs.close();
  }
  progress?.finish();
  return failed ? 1 : 0;
}

/** A file is read on a worker (or here, with --jobs 1); what the walk skipped is answered as it is. */
function answer(item: WalkItem, run: (input: { file: string; path: string }) => Promise<JobReply>): Promise<JobReply> {
  if ('file' in item) return run(item);
  return Promise.resolve('error' in item ? { warnings: [], error: item.error } : { warnings: [], skipped: item.skipped });
}

/** Why `folder` cannot be indexed, or undefined when it can. */
async function notAFolder(folder: string): Promise<string | undefined> {
  try {
    return (await stat(folder)).isDirectory() ? undefined : 'not a folder';
  } catch (error) {
    return knownSystemErrorReason(error) === 'no such file' ? 'no such folder' : knownSystemErrorReason(error) ?? (error as Error).message;
  }
}

/** The --out file, opened (and emptied) before anything is read; a failure is the run's output failing. */
function openOutput(path: string): Promise<Writable> {
  const stream = createWriteStream(path);
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve(stream));
    stream.once('error', (error) => {
      const failure = new OutputFailedError(error);
      failure.message = `cannot write ${path}: ${describeStreamError(error)}`;
      reject(failure);
    });
  });
}

/** Ends the --out file and waits until it is written and closed; a failure is the run's output failing. */
function closeOutput(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.errored) {
      reject(new OutputFailedError(stream.errored));
      return;
    }
    stream.once('error', (error) => reject(new OutputFailedError(error)));
    stream.end(() => resolve());
  });
}
