// Runs the engine over documents: through the real CLI contract (`annotate --jsonl`) or in-process for speed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as readline from 'node:readline';
import type { Mention } from '../../src/engine/index';
import type { EvalDocument, Predictions } from './model';

/** A document the engine could not annotate (scored as if it found nothing). */
export interface Failure {
  id: string;
  error: string;
}

/** The engine's answers, and the documents it failed on. */
export interface EngineRun {
  predictions: Predictions;
  failures: Failure[];
}

/** One input line of `newslens annotate --jsonl`. */
export function requestLine(document: EvalDocument): string {
  return `${JSON.stringify(document.date ? { id: document.id, text: document.text, date: document.date } : { id: document.id, text: document.text })}\n`;
}

/** Reads one output line, checking it answers the expected document; `error` is the CLI's per-record error. */
export function parseResponse(line: string, expectedId: string): { mentions: Mention[]; error?: string } {
  const response = JSON.parse(line) as { id?: unknown; mentions?: unknown; error?: unknown };
  if (response.id !== expectedId) throw new Error(`The CLI answered id ${JSON.stringify(response.id)} where ${JSON.stringify(expectedId)} was expected.`);
  if (!Array.isArray(response.mentions)) throw new Error(`The CLI's answer for ${expectedId} has no mentions array.`);
  return { mentions: response.mentions as Mention[], error: typeof response.error === 'string' ? response.error : undefined };
}

async function readAnswers(child: ReturnType<typeof spawn>, documents: readonly EvalDocument[], run: EngineRun): Promise<number> {
  let index = 0;
  for await (const line of readline.createInterface({ input: child.stdout!, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (index >= documents.length) throw new Error(`The CLI wrote more lines than it was given documents: ${line.slice(0, 200)}`);
    const { id } = documents[index++];
    const { mentions, error } = parseResponse(line, id);
    run.predictions.set(id, mentions);
    if (error !== undefined) run.failures.push({ id, error });
  }
  return index;
}

/** Streams documents through one `node <cli> annotate --jsonl` process, writing and reading concurrently. */
export async function annotateWithCli(cliPath: string, documents: readonly EvalDocument[]): Promise<EngineRun> {
  const child = spawn(process.execPath, [cliPath, 'annotate', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-4000); });
  child.stdin.on('error', () => { /* the exit code and stderr tell what went wrong */ });
  const exited = once(child, 'close') as Promise<[number | null, string | null]>;
  const writing = (async () => {
    for (const document of documents) {
      if (child.exitCode !== null) return;
      if (!child.stdin.write(requestLine(document))) await Promise.race([once(child.stdin, 'drain'), exited]);
    }
    child.stdin.end();
  })();
  const run: EngineRun = { predictions: new Map(), failures: [] };
  const answered = await readAnswers(child, documents, run).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  await writing;
  const [code, signal] = await exited;
  const expectedCode = run.failures.length ? 1 : 0;
  if (code !== expectedCode || answered !== documents.length) {
    throw new Error(`newslens annotate --jsonl ended (code ${code}, signal ${signal}) after ${answered}/${documents.length} documents.\n${stderr}`);
  }
  return run;
}

/** Splits documents over `jobs` CLI processes (round robin) and merges their answers. */
export async function annotateWithCliJobs(cliPath: string, documents: readonly EvalDocument[], jobs: number): Promise<EngineRun> {
  const count = Math.max(1, Math.min(jobs, documents.length));
  const shards = Array.from({ length: count }, (_, shard) => documents.filter((_, i) => i % count === shard));
  const runs = await Promise.all(shards.map((shard) => annotateWithCli(cliPath, shard)));
  return { predictions: new Map(runs.flatMap((r) => [...r.predictions])), failures: runs.flatMap((r) => r.failures) };
}

/** Calls `analyse` from src/engine directly (development mode; the CLI is what counts). */
export async function annotateInProcess(documents: readonly EvalDocument[]): Promise<EngineRun> {
  const { analyse } = await import('../../src/engine/index');
  const run: EngineRun = { predictions: new Map(), failures: [] };
  for (const document of documents) {
    try {
      run.predictions.set(document.id, analyse(document.text, document.date ? { articleDate: document.date } : {}).mentions);
    } catch (error) {
      run.failures.push({ id: document.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}
