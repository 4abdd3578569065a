// A small mocha-like runner for the browser tests in test/e2e/*.e2e.mjs: they share one browser page (a UI
// session is a sequence), run in order, and report like mocha's spec reporter plus PASS/FAIL/DONE lines in a file.
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

/** Runs the tests in order with `context` as their argument; returns { passed, failed }. */
export async function runE2eTests(files, context, resultsFile) {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, '');
  const write = (line) => fs.appendFileSync(resultsFile, `${line}\n`);
  const tests = await collect(files);
  const failures = [];
  let passed = 0;
  let lastSuite = '';
  const started = Date.now();
  for (const test of tests) {
    const suite = test.suite.join(' ');
    if (suite !== lastSuite) console.log(`\n  ${suite}`);
    lastSuite = suite;
    const fullTitle = `${suite} ${test.title}`.trim();
    const testStarted = Date.now();
    try {
      await withTimeout(Promise.resolve().then(() => test.fn(context)), TEST_TIMEOUT_MS, fullTitle);
      passed += 1;
      const ms = Date.now() - testStarted;
      console.log(`    ✔ ${test.title} (${ms}ms)`);
      write(`PASS ${fullTitle} (${ms} ms)`);
    } catch (error) {
      failures.push({ fullTitle, error });
      console.log(`    ${failures.length}) ${test.title}`);
      write(`FAIL ${fullTitle}: ${oneLine(error?.message ?? error)}`);
    }
  }
  console.log(`\n  ${passed} passing (${((Date.now() - started) / 1000).toFixed(0)}s)`);
  if (failures.length > 0) console.log(`  ${failures.length} failing`);
  failures.forEach(({ fullTitle, error }, index) => {
    console.log(`\n  ${index + 1}) ${fullTitle}:\n     ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n     ')}`);
  });
  write(`DONE passed=${passed} failed=${failures.length}`);
  return { passed, failed: failures.length };
}
