// A small mocha-like runner for the browser tests in test/e2e/*.e2e.mjs: they share one browser page (a UI
// session is a sequence), run in order, and report like mocha's spec reporter plus PASS/FAIL/SKIP lines, a NOTE
// saying why tests were skipped and a closing `DONE passed=N failed=M skipped=K` line in a file. A test skips
// itself with `context.skip(reason)` (the seed article's tests, when the workspace has none).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const TEST_TIMEOUT_MS = 60_000;

/** Loads each file's default export `({ describe, it }) => void` and returns the flat list of tests. */
async function collect(files) {
  const tests = [];
  const titles = [];
  const describe = (title, body) => { titles.push(title); body(); titles.pop(); };
  const it = (title, fn) => tests.push({ suite: [...titles], title, fn });
  for (const file of files) {
    const module = await import(pathToFileURL(file).href);
    module.default({ describe, it });
  }
  return tests;
}

function withTimeout(promise, ms, title) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${title}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();

/** What `context.skip(reason)` throws: the test stops there and is counted as skipped, not failed. */
class Skip extends Error {}

/** Runs the tests in order with `context` (plus `skip`) as their argument; returns { passed, failed, skipped }. */
export async function runE2eTests(files, context, resultsFile) {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, '');
  const write = (line) => fs.appendFileSync(resultsFile, `${line}\n`);
  const tests = await collect(files);
  const failures = [];
  const skipReasons = new Set();
  const skip = (reason) => { throw new Skip(reason); };
  let passed = 0;
  let skipped = 0;
  let lastSuite = '';
  const started = Date.now();
  for (const test of tests) {
    const suite = test.suite.join(' ');
    if (suite !== lastSuite) console.log(`\n  ${suite}`);
    lastSuite = suite;
    const fullTitle = `${suite} ${test.title}`.trim();
    const testStarted = Date.now();
    try {
      await withTimeout(Promise.resolve().then(() => test.fn({ ...context, skip })), TEST_TIMEOUT_MS, fullTitle);
      passed += 1;
      const ms = Date.now() - testStarted;
      console.log(`    ✔ ${test.title} (${ms}ms)`);
      write(`PASS ${fullTitle} (${ms} ms)`);
    } catch (error) {
      if (error instanceof Skip) {
        skipped += 1;
        skipReasons.add(error.message);
        console.log(`    - ${test.title} (not run: ${error.message})`);
        write(`SKIP ${fullTitle}`);
        continue;
      }
      failures.push({ fullTitle, error });
      console.log(`    ${failures.length}) ${test.title}`);
      write(`FAIL ${fullTitle}: ${oneLine(error?.message ?? error)}`);
    }
  }
  console.log(`\n  ${passed} passing (${((Date.now() - started) / 1000).toFixed(0)}s)`);
  if (skipped > 0) console.log(`  ${skipped} pending`);
  if (failures.length > 0) console.log(`  ${failures.length} failing`);
  failures.forEach(({ fullTitle, error }, index) => {
    console.log(`\n  ${index + 1}) ${fullTitle}:\n     ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n     ')}`);
  });
  if (skipped > 0) write(`NOTE ${skipped} test(s) not run: ${[...skipReasons].join('; ')}`);
  write(`DONE passed=${passed} failed=${failures.length} skipped=${skipped}`);
  return { passed, failed: failures.length, skipped };
}
