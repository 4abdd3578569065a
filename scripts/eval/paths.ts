// Where the shared corpora live: $NEWSLENS_SHARED/corpus, defaulting to <repo>/../shared/corpus.
import * as path from 'node:path';

/** The repository root (two levels above scripts/eval). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The corpus folder, honouring NEWSLENS_SHARED like the tests do. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  const shared = env.NEWSLENS_SHARED ? path.resolve(env.NEWSLENS_SHARED) : path.resolve(REPO_ROOT, '..', 'shared');
  return path.join(shared, 'corpus');
}
