// Sets mocha up in the web extension host before any test file registers its tests (index.ts imports this first).
// Results go out as `NEWSLENS-WEB PASS|FAIL|SKIP|NOTE|DONE` console lines: test-web prints the host's console, and
// scripts/vscode-test/run-web.mjs reads those lines into test-results/web-suite.txt.
import 'mocha/mocha.js';

/** The marker run-web.mjs looks for (test-web prints other console output too). */
export const MARK = 'NEWSLENS-WEB';

/** Why tests skipped themselves: written in one NOTE line before the DONE line. */
export const skipReasons = new Set<string>();

/** Collapses an error message to one line, so each result is one console line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A reporter that only prints result lines (mocha's HTML reporter needs a DOM the extension host lacks). */
class ResultLines {
  constructor(runner: Mocha.Runner) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    runner.on('pass', (test) => { passed += 1; console.log(`${MARK} PASS ${test.fullTitle()} (${test.duration ?? 0} ms)`); });
    runner.on('fail', (test, error: Error) => { failed += 1; console.log(`${MARK} FAIL ${test.fullTitle()}: ${oneLine(error.message)}`); });
    runner.on('pending', (test) => { skipped += 1; console.log(`${MARK} SKIP ${test.fullTitle()}`); });
    runner.once('end', () => {
      if (skipped > 0) console.log(`${MARK} NOTE ${skipped} test(s) not run: ${[...skipReasons].join('; ') || 'skipped in their source'}`);
      console.log(`${MARK} DONE passed=${passed} failed=${failed} skipped=${skipped}`);
    });
  }
}

mocha.setup({ ui: 'bdd', timeout: 30_000, reporter: ResultLines as unknown as Mocha.ReporterConstructor });
