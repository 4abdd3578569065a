// The mocha loader the extension host runs (extensionTestsPath = out/test/vscode/index.js): it loads every
// compiled *.test.js beside it and writes PASS/FAIL/SKIP lines, a NOTE saying why tests were skipped, and a
// closing `DONE passed=N failed=M skipped=K` line to a results file, because the extension host's console is not
// visible to the runner that started it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { resultsPath, skipReasons } from './support';

/** The test file of the Restricted Mode run (`npm run test:untrusted`), the only one that run loads. */
const UNTRUSTED_FILE = 'untrusted.test.js';

/** Compiled test files under this folder, sorted so the order is stable; with NEWSLENS_TEST_BENCH=1, the
 *  measurements (*.bench.js, e.g. scripts/workspace-scale) instead; with NEWSLENS_UNTRUSTED=1, the Restricted Mode test. */
function findTestFiles(folder: string): string[] {
  const entries = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
  const suffix = process.env.NEWSLENS_TEST_BENCH === '1' ? '.bench.js' : '.test.js';
  const untrusted = process.env.NEWSLENS_UNTRUSTED === '1';
  return entries.filter((entry) => entry.endsWith(suffix) && (path.basename(entry) === UNTRUSTED_FILE) === untrusted).sort().map((entry) => path.join(folder, entry));
}

/** A fresh results file where the runner asked (env), else in <repo>/test-results/. */
function resultsFile(): string {
  const file = resultsPath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Entry point called by VS Code's extension host; rejects when any test fails. */
export function run(): Promise<void> {
  const file = resultsFile();
  const write = (line: string) => fs.appendFileSync(file, `${line}\n`);
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  // NEWSLENS_TEST_GREP runs only the tests whose full title matches (to repeat one test, e.g. a race).
  if (process.env.NEWSLENS_TEST_GREP) mocha.grep(process.env.NEWSLENS_TEST_GREP);
  const testFiles = findTestFiles(__dirname);
  testFiles.forEach((testFile) => mocha.addFile(testFile));
  write(`START files=${testFiles.length}`);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        if (skipped > 0) write(`NOTE ${skipped} test(s) not run: ${[...skipReasons].join('; ') || 'skipped in their source'}`);
        write(`DONE passed=${passed} failed=${failed} skipped=${skipped}`);
        if (failed > 0) reject(new Error(`${failed} test(s) failed.`));
        else resolve();
      });
      runner.on('pass', (test) => {
        passed += 1;
        write(`PASS ${test.fullTitle()} (${test.duration ?? 0} ms)`);
      });
      runner.on('pending', (test) => {
        skipped += 1;
        write(`SKIP ${test.fullTitle()}`);
      });
      runner.on('fail', (test, error: Error) => {
        failed += 1;
        write(`FAIL ${test.fullTitle()}: ${oneLine(error.message)}`);
        const frames = (error.stack ?? '').split('\n').map((line) => line.trim()).filter((line) => line.startsWith('at '));
        if (frames.length > 0) write(`  ${frames.slice(0, 3).join(' | ')}`);
      });
    } catch (error) {
      write(`FAIL loading the suite: ${oneLine(String(error))}`);
      write('DONE passed=0 failed=1');
      reject(error);
    }
  });
}
