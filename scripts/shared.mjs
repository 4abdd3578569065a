// Where the shared read-only folder is (the licensed corpora and the seed article, never copied into the
// repository), worked out in this one place for every script and test: NEWSLENS_SHARED, else the folder `shared`
// beside the repository. Plain ESM with no dependencies, so `node`, tsx (tests, scripts) and .ci/run's first step
// (before `npm ci`) can all import it; shared.d.mts gives TypeScript its types.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in <repo>/scripts/); the default shared folder is its sibling. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder: NEWSLENS_SHARED when set, else `<repo>/../shared`; an absolute path, which may not exist. */
export function sharedDir(env = process.env) {
  return env.NEWSLENS_SHARED ? path.resolve(env.NEWSLENS_SHARED) : path.resolve(REPO_ROOT, '..', 'shared');
}

/** The corpora folder inside it: `<shared>/corpus`. */
export function corpusDir(env = process.env) {
  return path.join(sharedDir(env), 'corpus');
}

/** The seed article every editor suite and the seed tests read (a real Reuters story, licensed, so not in the repo). */
export function seedArticlePath(env = process.env) {
  return path.join(corpusDir(env), 'seed', 'reuters-china-russia.txt');
}

/**
 * Whether a missing shared folder must fail the tests instead of skipping them: NEWSLENS_REQUIRE_SHARED=1, or a CI
 * run (CI set, as CI services and .ci/run set it), so a broken path can never skip every corpus test unseen.
 * NEWSLENS_REQUIRE_SHARED=0 turns it off even in CI.
 */
export function sharedRequired(env = process.env) {
  if (env.NEWSLENS_REQUIRE_SHARED) return env.NEWSLENS_REQUIRE_SHARED !== '0';
  return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/** What every skip and failure for absent shared material says: what it needs, how to provide it, what is missing. */
export function sharedHint(missing) {
  return `needs ../shared/corpus or NEWSLENS_SHARED (not found: ${missing.join(', ')})`;
}

/** The paths of `wanted` that do not exist (empty when all are there). */
export function missingPaths(wanted) {
  return wanted.filter((file) => !fs.existsSync(file));
}
