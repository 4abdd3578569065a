// Reading the results files the suites write (no side effects: scripts/test.mjs imports it too).
import * as fs from 'node:fs';

/**
 * The counts of a results file's (last) `DONE passed=N failed=M skipped=K` line (`skipped=` may be absent: 0), or
 * null when the suite did not finish. Skipped: tests that did not run because the seed article is absent.
 */
export function readDoneLine(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const done = [...text.matchAll(/^DONE passed=(\d+) failed=(\d+)(?: skipped=(\d+))?$/gm)].pop();
  return done ? { passed: Number(done[1]), failed: Number(done[2]), skipped: Number(done[3] ?? 0) } : null;
}
