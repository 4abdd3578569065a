// Whole-file cost through the real command line: the bench article repeated to 10k, 100k and 1M words, annotated
// as one --jsonl line (the default jobs, and --jobs 1) and as a plain file, each in a fresh process, so its peak
// memory (ru_maxrss, all threads) is that run's alone. Words/s are given whole, and net of the process's start (node,
// the bundle, the models: a run on a 100-word line), which is what the "at least the 10k-word rate" compares.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The sizes the issue asks for. */
export const WHOLE_FILE_WORDS = [10_000, 100_000, 1_000_000] as const;
/** Runs per size (the median is kept: a shared machine is noisy), and of the start-up run; 1M words take ~25 s a run. */
const RUNS: Readonly<Record<number, number>> = { 100: 3, 10_000: 3, 100_000: 3, 1_000_000: 1 };
/** The memory target at 1M words. */
export const PEAK_TARGET_MB = 300;

/** How the text reaches the CLI. */
export const VIAS = ['jsonl', 'jsonl --jobs 1', 'file'] as const;
export type Via = (typeof VIAS)[number];

/** One measured run. */
export interface WholeFileRun {
  via: Via;
  words: number;
  characters: number;
  wallMs: number;
  cpuMs: number;
  peakMB: number;
  wordsPerSec: number;
  /** Words over the wall time less the start-up run's. */
  netWordsPerSec: number;
  /** Words over the CPU time (all threads) less the start-up run's: steadier than wall time on a busy machine. */
  netWordsPerCpuSec: number;
}

/** `article` repeated (a blank line between copies) and cut after exactly `words` words. */
export function textOfWords(article: string, words: number): string {
  const copies: string[] = [];
  for (let have = 0; have < words; have += article.split(/\s+/).filter(Boolean).length) copies.push(article);
  const text = copies.join('\n\n');
  const word = /\S+/g;
  let end = 0;
  for (let n = 0; n < words && word.exec(text); n++) end = word.lastIndex;
  return text.slice(0, end);
}

/** The run of median wall time of RUNS[words] fresh processes. */
function medianRun(cli: string, via: Via, text: string, words: number, folder: string): { wallMs: number; cpuMs: number; peakMB: number } {
  const runs = Array.from({ length: RUNS[words] ?? 1 }, () => runCli(cli, via, text, folder)).sort((a, b) => a.wallMs - b.wallMs);
  return runs[Math.floor(runs.length / 2)];
}

/** Runs the CLI once in a fresh process on `text`; returns its wall time, CPU time and peak memory. */
function runCli(cli: string, via: Via, text: string, folder: string): { wallMs: number; cpuMs: number; peakMB: number } {
  const usageFile = join(folder, 'usage.json');
  const file = join(folder, 'article.news');
  const input = join(folder, 'input.jsonl');
  const output = join(folder, 'output');
  let args: string[];
  if (via === 'file') {
    writeFileSync(file, text);
    args = ['annotate', '--format', 'json', '--date', '2025-11-03', file];
  } else {
    writeFileSync(input, `${JSON.stringify({ id: 'bench', text, date: '2025-11-03' })}\n`);
    args = ['annotate', '--jsonl', ...(via === 'jsonl --jobs 1' ? ['--jobs', '1'] : [])];
  }
  const stdin = openSync(via === 'file' ? '/dev/null' : input, 'r');
  const stdout = openSync(output, 'w');
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--require', join(__dirname, 'reportUsage.cjs'), cli, ...args], {
      stdio: [stdin, stdout, 'pipe'], env: { ...process.env, NEWSLENS_BENCH_USAGE: usageFile }, encoding: 'utf8',
    });
    const wallMs = performance.now() - started;
    if (run.status !== 0 || statSync(output).size === 0) throw new Error(`newslens ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSSKB: number; userMs: number; systemMs: number };
    return { wallMs, cpuMs: usage.userMs + usage.systemMs, peakMB: usage.maxRSSKB / 1024 };
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}

/** Measures every size by every way in; `log` gets a line per run. */
export function measureWholeFile(cli: string, article: string, log: (line: string) => void): WholeFileRun[] {
  const folder = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
  try {
    const runs: WholeFileRun[] = [];
    for (const via of VIAS) {
      const startUp = medianRun(cli, via, textOfWords(article, 100), 100, folder);
      for (const words of WHOLE_FILE_WORDS) {
        const text = textOfWords(article, words);
        const { wallMs, cpuMs, peakMB } = medianRun(cli, via, text, words, folder);
        const run: WholeFileRun = {
          via, words, characters: text.length, wallMs, cpuMs, peakMB,
          wordsPerSec: words / (wallMs / 1000), netWordsPerSec: words / (Math.max(wallMs - startUp.wallMs, 1) / 1000),
          netWordsPerCpuSec: words / (Math.max(cpuMs - startUp.cpuMs, 1) / 1000),
        };
        runs.push(run);
        log(`  ${via.padEnd(14)} ${words.toLocaleString('en-US').padStart(9)} words (${(text.length / 1e6).toFixed(1)} M chars): ${(wallMs / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU, ${Math.round(run.wordsPerSec).toLocaleString('en-US')} words/s, net of a ${Math.round(startUp.wallMs)} ms start ${Math.round(run.netWordsPerSec).toLocaleString('en-US')} words/s (${Math.round(run.netWordsPerCpuSec).toLocaleString('en-US')} per CPU second), peak ${Math.round(peakMB)} MB`);
      }
    }
    return runs;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The targets, per way in: every size at least the 10k-word rate (net of start-up), and 1M words in at most
 *  PEAK_TARGET_MB. */
export function targetsMet(runs: readonly WholeFileRun[]): Record<Via, { rate: boolean; memory: boolean }> {
  const met = {} as Record<Via, { rate: boolean; memory: boolean }>;
  for (const via of VIAS) {
    const mine = runs.filter((run) => run.via === via);
    const base = mine.find((run) => run.words === WHOLE_FILE_WORDS[0])?.netWordsPerSec ?? Infinity;
    const largest = mine.find((run) => run.words === WHOLE_FILE_WORDS[WHOLE_FILE_WORDS.length - 1]);
    met[via] = { rate: mine.every((run) => run.netWordsPerSec >= base), memory: largest !== undefined && largest.peakMB <= PEAK_TARGET_MB };
  }
  return met;
}

/** Measures, says each run and whether the targets are met, and returns the figures for the bench's JSON line. */
export function reportWholeFile(cli: string, article: string, say: (line: string) => void): Record<string, unknown> {
  say(`Whole file through the CLI, each run a fresh process (${WHOLE_FILE_WORDS.map((n) => n.toLocaleString('en-US')).join(', ')} words of the bench article repeated; the median of ${WHOLE_FILE_WORDS.map((n) => RUNS[n]).join(', ')} runs):`);
  const runs = measureWholeFile(cli, article, say);
  const met = targetsMet(runs);
  for (const via of VIAS) {
    say(`  targets, ${via}: every size at least the 10k-word rate: ${met[via].rate ? 'met' : 'MISSED'}; peak ≤ ${PEAK_TARGET_MB} MB at 1M words: ${met[via].memory ? 'met' : 'MISSED'}`);
  }
  const round = (n: number) => Math.round(n);
  return {
    wholeFile: runs.map((run) => ({ via: run.via, words: run.words, characters: run.characters, wallMs: round(run.wallMs), cpuMs: round(run.cpuMs), wordsPerSec: round(run.wordsPerSec), netWordsPerSec: round(run.netWordsPerSec), netWordsPerCpuSec: round(run.netWordsPerCpuSec), peakMB: round(run.peakMB) })),
    wholeFileTargets: met,
  };
}
