// Tests that read the shared corpora (licensed, never in the repository) skip themselves when they are absent and
// say so in one summary line at the end of the run; in CI (or with NEWSLENS_REQUIRE_SHARED=1) they fail instead,
// so a broken path can never skip them unseen. .mocharc.json and test/slow/mocharc.json load it for its root hook.
import * as path from 'node:path';
import { missingPaths, REPO_ROOT, sharedDir, sharedHint, sharedRequired } from '../../../scripts/shared.mjs';

/** The test files that skipped themselves, with what each lacked: the summary line names them. */
const notRun = new Map<string, string[]>();

/**
 * Call first in a suite's `before` hook (`before(function () { needsShared(this, file); … })`) or in a test: when a
 * path is missing, the suite (or test) is skipped and mocha counts its tests as pending; where the corpora are
 * required it fails instead.
 */
export function needsShared(context: Mocha.Context, ...paths: string[]): void {
  if (missingPaths(paths).length === 0) return;
  const missing = missingPaths([sharedDir()]).length > 0 ? [sharedDir()] : missingPaths(paths); // name the folder when it is all gone
  if (sharedRequired()) throw new Error(`${sharedHint(missing)}; required here (CI or NEWSLENS_REQUIRE_SHARED=1), so this fails instead of skipping`);
  const file = context.test?.file ? path.relative(REPO_ROOT, context.test.file) : 'a test file';
  notRun.set(file, [...new Set([...(notRun.get(file) ?? []), ...missing])]);
  context.skip();
}

/** Mocha's root hook (this module is in both mocharc files' `require`): the one line saying what did not run and why. */
export const mochaHooks = {
  afterAll(): void {
    if (notRun.size === 0) return;
    const missing = [...new Set([...notRun.values()].flat())];
    console.log(`\n  ${sharedHint(missing)}: ${notRun.size} file${notRun.size === 1 ? '' : 's'} not run (${[...notRun.keys()].join(', ')})`);
  },
};
