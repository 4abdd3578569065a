// `npm test`: every check and every test, in order, continuing after failures so all results are seen:
// type-check, lint, unit tests, the slow tier (test/slow/), the suite inside a real VS Code, the suite inside VS Code
// for the Web (browser extension host, Web Worker), the browser end-to-end test. Prints a summary table and, as its
// very last line, `N passed, N failed, N skipped` (tests across every tier; a failing check counts as one failed;
// skipped: tests that did not run because the shared corpora are absent), which CI reads. Exits non-zero if
// anything failed.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDoneLine } from './vscode-test/results.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
const resultsFile = (name) => path.join(REPO_ROOT, 'test-results', name);
const STAGE_TIMEOUT_MS = 15 * 60_000;

/** Counts from mocha's spec reporter ("N passing", "N failing", "N pending": the tests that skipped themselves). */
function mochaCounts(output) {
  const last = (re) => Number([...output.matchAll(re)].pop()?.[1] ?? 0);
  return { passed: last(/^\s*(\d+) passing/gm), failed: last(/^\s*(\d+) failing/gm), skipped: last(/^\s*(\d+) pending/gm) };
}

/**
 * Counts from a results file written by the VS Code runners: its closing `DONE passed=N failed=M skipped=K` line,
 * or, for a run cut short (timeout, crash), its PASS, FAIL and SKIP lines so far.
 */
function resultsFileCounts(file) {
  const done = readDoneLine(file);
  if (done) return done;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const count = (re) => text.match(re)?.length ?? 0;
  return { passed: count(/^PASS /gm), failed: count(/^FAIL /gm), skipped: count(/^SKIP /gm) };
}

const STAGES = [
  { name: 'types', what: 'tsc --noEmit -p .', command: bin('tsc'), args: ['--noEmit', '-p', '.'], check: true },
  { name: 'lint', what: 'eslint .', command: bin('eslint'), args: ['.'], check: true },
  { name: 'unit', what: 'mocha test/unit', command: bin('mocha'), args: [], counts: (output) => mochaCounts(output) },
  {
    name: 'slow', what: 'mocha test/slow (built CLI, dev floors, huge files)', command: bin('mocha'),
    args: ['--config', 'test/slow/mocharc.json'], counts: (output) => mochaCounts(output),
  },
  {
    name: 'vscode', what: 'suite in code-server', command: process.execPath, args: ['scripts/vscode-test/run-suite.mjs'],
    before: () => fs.rmSync(resultsFile('vscode-suite.txt'), { force: true }),
    counts: () => resultsFileCounts(resultsFile('vscode-suite.txt')),
  },
  {
    name: 'untrusted', what: 'suite in Restricted Mode', command: process.execPath, args: ['scripts/vscode-test/run-suite.mjs', '--untrusted'],
    before: () => fs.rmSync(resultsFile('vscode-untrusted.txt'), { force: true }),
    counts: () => resultsFileCounts(resultsFile('vscode-untrusted.txt')),
  },
  {
    name: 'web', what: 'suite in VS Code for the Web', command: process.execPath, args: ['scripts/vscode-test/run-web.mjs'],
    before: () => fs.rmSync(resultsFile('web-suite.txt'), { force: true }),
    counts: () => resultsFileCounts(resultsFile('web-suite.txt')),
  },
  {
    name: 'e2e', what: 'VSIX in Chromium', command: process.execPath, args: ['scripts/vscode-test/run-e2e.mjs'],
    before: () => fs.rmSync(resultsFile('e2e.txt'), { force: true }),
    counts: () => resultsFileCounts(resultsFile('e2e.txt')),
  },
];

let interrupted = false;
process.on('SIGINT', () => { interrupted = true; }); // the stage's own runner cleans up; then we stop

/** Runs a command with its output streamed and also kept, so counts can be read from it. */
function runStreaming(command, args) {
  return new Promise((resolve) => {
    if (!fs.existsSync(command)) {
      console.log(`${command} not found: run npm ci first`);
      resolve({ code: 127, output: '' });
      return;
    }
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: STAGE_TIMEOUT_MS });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('error', (error) => { output += String(error); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function runStage(stage) {
  console.log(`\n===== ${stage.name}: ${stage.what} =====`);
  stage.before?.();
  const started = Date.now();
  const { code, output } = await runStreaming(stage.command, stage.args);
  const seconds = (Date.now() - started) / 1000;
  if (stage.check) return { ...stage, ok: code === 0, passed: 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds };
  const counts = stage.counts(output);
  // A runner that failed without a failing test (build error, crash, missing prerequisite) counts as one failure.
  const failed = code !== 0 && counts.failed === 0 ? 1 : counts.failed;
  return { ...stage, ok: code === 0 && failed === 0, passed: counts.passed, failed, skipped: counts.skipped ?? 0, seconds };
}

/** The summary table's column widths; a negative width is a left-aligned column. */
const COLUMNS = [-8, -7, 6, 6, 7, 8];
const row = (...cells) => cells.map((cell, i) => (COLUMNS[i] < 0 ? String(cell).padEnd(-COLUMNS[i]) : String(cell).padStart(COLUMNS[i]))).join(' ');

function printSummary(results) {
  console.log('\n===== summary =====');
  console.log(row('stage', 'result', 'passed', 'failed', 'not run', 'time'));
  for (const r of results) {
    const result = r.stopped ? 'stopped' : r.ok ? 'ok' : 'FAILED';
    console.log(row(r.name, result, r.passed, r.failed, r.skipped, `${r.seconds.toFixed(1)}s`));
  }
}

const results = [];
for (const stage of STAGES) {
  if (interrupted) results.push({ ...stage, stopped: true, ok: false, passed: 0, failed: 1, skipped: 0, seconds: 0 });
  else results.push(await runStage(stage));
}
printSummary(results);
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const failed = total('failed');
console.log(`${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
