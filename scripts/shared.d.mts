// Types of scripts/shared.mjs (plain ESM so node, tsx and .ci/run share it), for the TypeScript scripts and tests.

/** The repository root; the default shared folder is its sibling. */
export const REPO_ROOT: string;
/** The shared folder: NEWSLENS_SHARED when set, else `<repo>/../shared`. */
export function sharedDir(env?: NodeJS.ProcessEnv): string;
/** The corpora folder inside it: `<shared>/corpus`. */
export function corpusDir(env?: NodeJS.ProcessEnv): string;
/** The seed article the editor suites and the seed tests read. */
export function seedArticlePath(env?: NodeJS.ProcessEnv): string;
/** Whether a missing shared folder must fail the tests (NEWSLENS_REQUIRE_SHARED=1, or CI) instead of skipping them. */
export function sharedRequired(env?: NodeJS.ProcessEnv): boolean;
/** What every skip and failure for absent shared material says: what it needs, how to provide it, what is missing. */
export function sharedHint(missing: readonly string[]): string;
/** The paths of `wanted` that do not exist. */
export function missingPaths(wanted: readonly string[]): string[];
