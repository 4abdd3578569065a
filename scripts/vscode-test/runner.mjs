// What every suite runner (run-suite, run-web, run-e2e) shares: running as a script's main with clean-up, a one-line
// verdict and an exit code.
import * as path from 'node:path';
import { REPO_ROOT } from './config.mjs';
import { MissingPrerequisite } from './prerequisites.mjs';
import { cleanupAll } from './processes.mjs';

/**
 * Runs `suite` (resolving true when everything passed), always cleans up what it started, prints
 * `[label] passed|FAILED in N s`, and exits 0 or 1. An exception is one line (its stack with NEWSLENS_DEBUG set,
 * except for a missing prerequisite, whose message says what to install); `onError` may record it in the results.
 */
export async function runSuiteAsMain(label, suite, resultsFile, onError = () => {}) {
  const started = Date.now();
  let ok = false;
  try {
    ok = await suite();
  } catch (error) {
    console.log(`[${label}] ${error instanceof MissingPrerequisite || !process.env.NEWSLENS_DEBUG ? error.message : error.stack}`);
    onError(error);
  } finally {
    await cleanupAll();
  }
  console.log(`[${label}] ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s; results in ${path.relative(REPO_ROOT, resultsFile)}`);
  process.exit(ok ? 0 : 1);
}
