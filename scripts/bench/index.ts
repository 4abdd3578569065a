// `npm run bench`: how fast the engine is on a 10,000-word article of real news, against plain compromise on the
// same text, what the draft checks add (whole article, and each keystroke with them on), and the whole-file cost at
// 10k, 100k and 1M words through the CLI (wholeFile.ts). Human-readable lines, then one JSON line (`--json`: only
// that line; `--whole-file`: only the whole-file part). Timings never gate a test.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyse, createAnalyser } from '../../src/engine';
import { checkDraft, loadLanguageTools } from '../../src/engine/checks';
import { findNames } from '../../src/engine/names';
import { tagText } from '../../src/engine/tagger';
import { defaultModel } from '../../src/engine/tagger';
import { sanitise } from '../../src/engine/text/sanitise';
import { documentText } from '../../src/engine/text/lines';
import { ensureCliBuilt, CLI_PATH } from '../eval/build';
import { corpusDir } from '../eval/paths';
import { buildArticle, wordCount } from './article';
import { reportWholeFile } from './wholeFile';

const jsonOnly = process.argv.includes('--json');
const say = (line: string): void => { if (!jsonOnly) console.log(line); };
const RUNS = 5;
const EDITS = 200;
/** Edits typed before timing starts: the first ones also pay for compiling the incremental path. */
const WARM_UP_EDITS = 20;

/** Median milliseconds of `runs` calls of fn (after one warm-up call). */
function medianMs(fn: () => unknown, runs = RUNS): number {
  fn();
  const times = Array.from({ length: runs }, () => { const t = performance.now(); fn(); return performance.now() - t; });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** The p-th percentile of sorted numbers. */
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

const article = buildArticle(corpusDir());
const words = wordCount(article);
say(`Article: ${words} words, ${article.length} characters of TimeBank/AQUAINT news (${corpusDir()})`);

if (process.argv.includes('--whole-file')) {
  ensureCliBuilt((line) => { if (!jsonOnly) console.error(line); });
  console.log(JSON.stringify({ words, ...reportWholeFile(CLI_PATH, article, say) }));
  process.exit(0);
}

const loadStart = performance.now();
defaultModel();
const modelLoadMs = performance.now() - loadStart;
say(`Name model load: ${round(modelLoadMs)} ms`);

const fullMs = medianMs(() => analyse(article, { articleDate: '2025-11-03' }));
say(`Full analysis (names, dates, figures, quotes, grouping): ${round(fullMs)} ms, ${Math.round(words / (fullMs / 1000))} words/s`);

const clean = sanitise(article);
const namesMs = medianMs(() => findNames(clean, documentText(clean), tagText(clean).names));
const compromiseNamesMs = medianMs(() => { const doc = nlp(article); doc.people().out('offset'); doc.places().out('offset'); doc.organizations().out('offset'); });
const compromiseAllMs = medianMs(() => {
  const doc = nlp(article);
  doc.people().out('offset'); doc.places().out('offset'); doc.organizations().out('offset');
  doc.numbers().out('offset'); doc.quotations().out('offset');
});
say(`Names step (both taggers, name rules, document kinds): ${round(namesMs)} ms, ${Math.round(words / (namesMs / 1000))} words/s`);
say(`Plain compromise 14 tagging names: ${round(compromiseNamesMs)} ms, ${Math.round(words / (compromiseNamesMs / 1000))} words/s`);
say(`Plain compromise 14 names + numbers + quotations (no dates plugin): ${round(compromiseAllMs)} ms`);

// Typing: one character at a time at random places, each analysed by the document's analyser (as the editor's worker does).
const analyser = createAnalyser();
analyser(article, { articleDate: '2025-11-03' });
const editTimes: number[] = [];
let seed = 20251103;
const random = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
let typed = article;
const warmUpTimes: number[] = [];
for (let i = 0; i < WARM_UP_EDITS + EDITS; i++) {
  const at = Math.floor(random() * typed.length);
  typed = `${typed.slice(0, at)}x${typed.slice(at)}`;
  const t = performance.now();
  analyser(typed, { articleDate: '2025-11-03' });
  (i < WARM_UP_EDITS ? warmUpTimes : editTimes).push(performance.now() - t);
}
editTimes.sort((a, b) => a - b);
warmUpTimes.sort((a, b) => a - b);
say(`Single-character edit, incremental analysis (engine, regrouping included): p50 ${round(percentile(editTimes, 50))} ms, p95 ${round(percentile(editTimes, 95))} ms (${EDITS} edits after ${WARM_UP_EDITS} warm-up edits)`);
say(`  the ${WARM_UP_EDITS} warm-up edits (the first typing in a fresh worker, while the JIT compiles): p50 ${round(percentile(warmUpTimes, 50))} ms, max ${round(warmUpTimes[warmUpTimes.length - 1])} ms`);

void (async () => {
  // The draft checks (issue 12) as the worker runs them: after each analysis, on the same analysis. compromise is loaded
  // first (its one-off load is reported apart), and is warm for the edits as it is in an editor's worker.
  const languageStart = performance.now();
  const language = await loadLanguageTools();
  const languageLoadMs = performance.now() - languageStart;
  const fullAnalysis = analyse(article, { articleDate: '2025-11-03' });
  const firstChecksStart = performance.now();
  checkDraft(article, fullAnalysis, language);
  const firstChecksMs = performance.now() - firstChecksStart;
  const checksMs = medianMs(() => checkDraft(article, fullAnalysis, language));
  say(`Draft checks on the whole article (all rules at their defaults): ${round(checksMs)} ms; the first run, compromise cold: ${round(firstChecksMs)} ms; loading compromise: ${round(languageLoadMs)} ms`);
  const checkedAnalyser = createAnalyser();
  checkDraft(article, checkedAnalyser(article, { articleDate: '2025-11-03' }), language);
  const checkedEditTimes: number[] = [];
  let checkedTyped = article;
  for (let i = 0; i < WARM_UP_EDITS + EDITS; i++) {
    const at = Math.floor(random() * checkedTyped.length);
    checkedTyped = `${checkedTyped.slice(0, at)}x${checkedTyped.slice(at)}`;
    const t = performance.now();
    checkDraft(checkedTyped, checkedAnalyser(checkedTyped, { articleDate: '2025-11-03' }), language);
    if (i >= WARM_UP_EDITS) checkedEditTimes.push(performance.now() - t);
  }
  checkedEditTimes.sort((a, b) => a - b);
  say(`Single-character edit with the draft checks on (analysis + checks): p50 ${round(percentile(checkedEditTimes, 50))} ms, p95 ${round(percentile(checkedEditTimes, 95))} ms`);

  ensureCliBuilt((line) => { if (!jsonOnly) console.error(line); });
  const input = `${JSON.stringify({ id: 'bench', text: article, date: '2025-11-03' })}\n`;
  const cliMs = medianMs(() => execFileSync(process.execPath, [CLI_PATH, 'annotate', '--jsonl'], { input, maxBuffer: 1 << 28 }), 3);
  say(`Whole CLI (newslens annotate --jsonl, node start and model load included): ${round(cliMs)} ms`);

  // A fresh editor worker (dist/worker.js) on the sample article: when its facts arrive, and when its findings do
  // (the worker sends the facts first; the first findings wait for compromise to load).
  const firstAnswer = await freshWorkerTimes(readFileSync(join(__dirname, '..', '..', 'examples', 'sample-article.news'), 'utf8'));
  say(`A fresh worker on the sample article: facts after ${round(firstAnswer.factsMs)} ms, findings after ${round(firstAnswer.findingsMs)} ms (worker start and model load included)`);

  const memoryMB = process.memoryUsage().rss / 2 ** 20;
  say(`Memory (RSS of this process): ${round(memoryMB)} MB`);
  const wholeFile = reportWholeFile(CLI_PATH, article, say);

  console.log(JSON.stringify({
    words, fullWordsPerSec: Math.round(words / (fullMs / 1000)), fullAnalysisMs10k: round(fullMs * (10_000 / words)),
    incrementalEditP50Ms: round(percentile(editTimes, 50)), incrementalEditP95Ms: round(percentile(editTimes, 95)),
    warmUpEditMaxMs: round(warmUpTimes[warmUpTimes.length - 1]),
    namesStepWordsPerSec: Math.round(words / (namesMs / 1000)), compromiseNamesWordsPerSec: Math.round(words / (compromiseNamesMs / 1000)),
    compromiseNamesNumbersQuotesMs: round(compromiseAllMs),
    checksMs10k: round(checksMs * (10_000 / words)), checksFirstRunMs: round(firstChecksMs), compromiseLoadMs: round(languageLoadMs),
    checkedEditP50Ms: round(percentile(checkedEditTimes, 50)), checkedEditP95Ms: round(percentile(checkedEditTimes, 95)),
    freshWorkerFactsMs: round(firstAnswer.factsMs), freshWorkerFindingsMs: round(firstAnswer.findingsMs), cliJsonlMs: round(cliMs), modelLoadMs: round(modelLoadMs), memoryMB: round(memoryMB),
    ...wholeFile,
  }));
})();

/** Milliseconds from starting dist/worker.js to its first analysis's facts, and to that analysis's findings. */
function freshWorkerTimes(text: string): Promise<{ factsMs: number; findingsMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const worker = new Worker(join(__dirname, '..', '..', 'dist', 'worker.js'));
    let factsMs = NaN;
    worker.on('message', (response: { analysis?: unknown; findings?: unknown; error?: string }) => {
      if (response.error) reject(new Error(response.error));
      if (response.analysis) factsMs = performance.now() - started;
      if (response.findings) { void worker.terminate(); resolve({ factsMs, findingsMs: performance.now() - started }); }
    });
    worker.on('error', reject);
    worker.postMessage({ id: 1, text, options: { today: '2026-03-12' }, checks: {} });
  });
}

