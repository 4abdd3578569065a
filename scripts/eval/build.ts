// Makes sure dist/cli.js is current before the evaluation runs the real command line.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

/** The built CLI the evaluation spawns. */
export const CLI_PATH = path.join(REPO_ROOT, 'dist', 'cli.js');

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/cli.js is missing or older than something under src/. */
export function cliIsStale(): boolean {
  if (!fs.existsSync(CLI_PATH)) return true;
  return fs.statSync(CLI_PATH).mtimeMs < newestModification(path.join(REPO_ROOT, 'src'));
}

/** Runs `node esbuild.mjs` when the CLI is stale; a failed build is fatal only if there is no CLI at all. */
export function ensureCliBuilt(log: (line: string) => void): void {
  if (!cliIsStale()) return;
  log('Building (node esbuild.mjs)…');
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status === 0) return;
  if (!fs.existsSync(CLI_PATH)) throw new Error('The build failed and dist/cli.js does not exist.');
  log('Warning: the build failed; evaluating the existing (older) dist/cli.js.');
}
