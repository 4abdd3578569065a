// Where the shared corpora live: scripts/shared.mjs decides for every script and test ($NEWSLENS_SHARED/corpus,
// defaulting to <repo>/../shared/corpus); the eval and bench scripts import it from here.
export { corpusDir, REPO_ROOT } from '../shared.mjs';
