// Reading the results files the suites write (no side effects: scripts/test.mjs imports it too).
import * as fs from 'node:fs';

/** The counts of a results file's (last) `DONE passed=N failed=M` line, or null when the suite did not finish. */
export function readDoneLine(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const done = [...text.matchAll(/^DONE passed=(\d+) failed=(\d+)$/gm)].pop();
  return done ? { passed: Number(done[1]), failed: Number(done[2]) } : null;
}
