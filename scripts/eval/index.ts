// `npm run eval`: scores the engine on the dev splits the way the project is judged, and prints a JSON line last.
import * as fs from 'node:fs';
import { parseArgs, USAGE, UsageError, type CorpusName, type EvalOptions } from './args';
import { CLI_PATH, ensureCliBuilt } from './build';
import { CORPORA } from './corpora';
import type { ChecksFigures } from './checks';
import type { CrossTiming } from './crossCorpus';
import { formatTable, formatTimings, type Timing } from './format';
import { tokenCount, type EvalCorpus } from './model';
import { corpusDir } from './paths';
import type { CorpusReport, ErrorRecord } from './report';
import { annotateInProcess, annotateWithCliJobs, type EngineRun } from './runEngine';
import type { PRF } from './scoring';

function annotate(options: EvalOptions, corpus: EvalCorpus): Promise<EngineRun> {
  return options.inProcess ? annotateInProcess(corpus.documents) : annotateWithCliJobs(CLI_PATH, corpus.documents, options.jobs);
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

function headlineJson(reports: readonly CorpusReport[], timings: readonly Timing[], options: EvalOptions, cross: Record<string, CrossTiming>,
  checks?: Record<string, ChecksFigures>): string {
  const scores: Record<string, PRF | object> = {};
  for (const report of reports) for (const [key, { p, r, f1 }] of Object.entries(report.headline)) scores[key] = { p: round(p), r: round(r), f1: round(f1) };
  const seconds = Object.fromEntries(timings.map((t) => [t.corpus, round(t.seconds)]));
  const failedDocuments = Object.fromEntries(timings.map((t) => [t.corpus, t.failures]));
  const crossSeconds = Object.fromEntries(Object.entries(cross).map(([name, t]) => [name, { train: round(t.train), annotate: round(t.annotate) }]));
  scores.run = { mode: options.inProcess ? 'in-process' : 'cli', jobs: options.inProcess ? 1 : options.jobs, limit: options.limit ?? null, seconds, failedDocuments,
    ...(options.cross ? { cross: crossSeconds } : {}) };
  if (checks) scores.checks = checks;
  return JSON.stringify(scores);
}

function errorLines(errors: readonly ErrorRecord[]): string {
  const header = 'corpus\tdocument\terror\tlabel\ttext\tcontext\tnote';
  return `${[header, ...errors.map((e) => [e.corpus, e.document, e.type, e.label, e.text, e.context, e.note ?? ''].map((f) => f.replace(/[\t\n]/g, ' ')).join('\t'))].join('\n')}\n`;
}

/** The cross-corpus check of every loaded corpus that has one; prints its tables and timings as it goes. Loaded only
 *  here, so that the default run does not load the engine's models in this process. */
async function runCross(corpora: ReadonlyMap<CorpusName, EvalCorpus>, say: (line: string) => void, jsonOnly: boolean): Promise<{ reports: CorpusReport[]; timings: Record<string, CrossTiming> }> {
  const { CROSS_TRAINING, crossCorpusReport } = await import('./crossCorpus');
  const reports: CorpusReport[] = [];
  const timings: Record<string, CrossTiming> = {};
  for (const [name, corpus] of corpora) {
    if (!CROSS_TRAINING[name]) continue;
    say(`\nCross-corpus check for ${corpus.name}: training a names model on ${CROSS_TRAINING[name].split} alone…`);
    const { report, timing } = await crossCorpusReport(name, corpus);
    reports.push(report);
    timings[corpus.name] = timing;
    if (!jsonOnly) for (const table of report.tables) say(`${formatTable(table)}`);
    say(`(cross ${corpus.name}: training ${timing.train.toFixed(1)} s, engine in process ${timing.annotate.toFixed(1)} s)`);
  }
  return { reports, timings };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) return void console.log(USAGE);
  const say = (line: string): void => void (options.jsonOnly ? process.stderr : process.stdout).write(`${line}\n`);
  if (!options.inProcess) ensureCliBuilt(say);
  const reports: CorpusReport[] = [];
  const timings: Timing[] = [];
  const loadedCorpora = new Map<CorpusName, EvalCorpus>();
  for (const name of options.corpora) {
    const loaded = CORPORA[name].load(corpusDir());
    const corpus = { ...loaded, documents: loaded.documents.slice(0, options.limit ?? loaded.documents.length) };
    loadedCorpora.set(name, corpus);
    const started = performance.now();
    const { predictions, failures } = await annotate(options, corpus);
    const seconds = (performance.now() - started) / 1000;
    timings.push({ corpus: corpus.name, documents: corpus.documents.length, tokens: corpus.documents.reduce((n, d) => n + tokenCount(d), 0), seconds, failures: failures.length });
    for (const failure of failures.slice(0, 5)) say(`Warning: ${corpus.name} ${failure.id}: ${failure.error}`);
    if (failures.length) say(`Warning: the engine failed on ${failures.length} ${corpus.name} document(s); they count as finding nothing.`);
    const report = CORPORA[name].evaluate(corpus, predictions);
    reports.push(report);
    if (!options.jsonOnly) for (const table of report.tables) say(`\n${formatTable(table)}`);
  }
  const cross = options.cross ? await runCross(loadedCorpora, say, options.jsonOnly) : { reports: [], timings: {} };
  reports.push(...cross.reports);
  // Loaded only here, like the cross check: the checks load compromise and the engine in this process.
  const checks = options.checks ? await (await import('./checks')).checksReport((line) => say(`checks: ${line}`)) : undefined;
  if (!options.jsonOnly) say(`\n${formatTimings(timings, options.inProcess ? 'in-process' : `CLI, ${options.jobs} process(es)`)}\n`);
  if (options.errorsFile) {
    fs.writeFileSync(options.errorsFile, errorLines(reports.flatMap((r) => r.errors)));
    if (!options.jsonOnly) say(`Errors written to ${options.errorsFile}`);
  }
  process.stdout.write(`${headlineJson(reports, timings, options, cross.timings, checks)}\n`);
}

main().catch((error: unknown) => {
  const usage = error instanceof UsageError;
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage ? `${USAGE}\n` : ''}`);
  process.exitCode = usage ? 2 : 1;
});
