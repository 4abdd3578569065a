// Creates a fresh run folder: workspace (seed article when the shared folder has it, sample article, fixtures), user
// data with quiet settings, extensions dir.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sharedHint, sharedRequired } from '../shared.mjs';
import { PATHS, REPO_ROOT, SEED_ARTICLE } from './config.mjs';
import { MissingPrerequisite } from './prerequisites.mjs';

/** Settings that keep a fresh VS Code quiet and offline: no welcome page, no trust prompt, no telemetry or updates. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'editor.hover.delay': 200,
  'git.enabled': false,
};

function copyFolder(from, to) {
  if (!fs.existsSync(from)) return;
  fs.cpSync(from, to, { recursive: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes run folders `<name>-<pid>` left by earlier runs whose process is gone (kept for debugging until then). */
function removeStaleRuns(name) {
  if (!fs.existsSync(PATHS.runs)) return;
  for (const entry of fs.readdirSync(PATHS.runs)) {
    const match = new RegExp(`^${name}-(\\d+)$`).exec(entry);
    if (match && !isAlive(Number(match[1]))) fs.rmSync(path.join(PATHS.runs, entry), { recursive: true, force: true });
  }
}

/**
 * Whether the seed article is there to copy. Without it the workspace lacks it and the tests that read it skip
 * themselves (one line here says so), except where the shared folder is required (CI): there it is a failure.
 */
function seedArticleAvailable(name) {
  if (fs.existsSync(SEED_ARTICLE)) return true;
  if (sharedRequired()) throw new MissingPrerequisite(`Seed article: ${sharedHint([SEED_ARTICLE])}; required here (CI or NEWSLENS_REQUIRE_SHARED=1)`);
  console.log(`[${name}] seed article ${sharedHint([SEED_ARTICLE])}: the tests that read it will be skipped`);
  return false;
}

/**
 * A fresh folder `<cache>/runs/<name>-<pid>` (one per process, so parallel runs never share state):
 * workspace/ holds the seed article as seed-article.txt and seed-article.news (when the shared folder has it),
 * test/fixtures/workspace/ and the sample article of examples/.
 */
export function prepareRun(name, extraSettings = {}) {
  const withSeed = seedArticleAvailable(name);
  removeStaleRuns(name);
  const dir = path.join(PATHS.runs, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const run = {
    dir,
    workspaceDir: path.join(dir, 'workspace'),
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    browserProfileDir: path.join(dir, 'browser-profile'),
    serverLog: path.join(dir, 'server.log'),
    browserLog: path.join(dir, 'browser-console.log'),
    serverConfig: path.join(dir, 'code-server.yaml'),
  };
  for (const folder of [run.workspaceDir, path.join(run.userDataDir, 'User'), run.extensionsDir, run.browserProfileDir]) {
    fs.mkdirSync(folder, { recursive: true });
  }
  if (withSeed) {
    fs.copyFileSync(SEED_ARTICLE, path.join(run.workspaceDir, 'seed-article.txt'));
    fs.copyFileSync(SEED_ARTICLE, path.join(run.workspaceDir, 'seed-article.news'));
  }
  copyFolder(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'), run.workspaceDir);
  fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'sample-article.news'), path.join(run.workspaceDir, 'sample-article.news'));
  const settings = { ...QUIET_SETTINGS, ...extraSettings };
  fs.writeFileSync(path.join(run.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  fs.writeFileSync(run.serverConfig, 'auth: none\ncert: false\n');
  return run;
}
