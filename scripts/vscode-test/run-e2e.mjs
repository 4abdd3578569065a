// `npm run test:e2e`: packages the VSIX, installs it into a fresh code-server, opens the workbench in headless
// Chromium and runs test/e2e/*.e2e.mjs (the seed article's highlights, hover card and sidebar, skipped when the shared
// folder is absent; the sample article's card, outline, rename and filter; screenshots in test-results/screenshots/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR, REPO_ROOT, SHARED_DIR } from './config.mjs';
import { packageVsix } from './build.mjs';
import { ensureMachinery } from './install.mjs';
import { codeServerCommand, logTail, startCodeServer } from './processes.mjs';
import { runSuiteAsMain } from './runner.mjs';
import { openBrowser } from './browser.mjs';
import { prepareRun } from './workspace.mjs';
import { runE2eTests } from './e2e-runner.mjs';

const RESULTS_FILE = path.join(RESULTS_DIR, 'e2e.txt');
const SCREENSHOTS_DIR = path.join(RESULTS_DIR, 'screenshots');
const E2E_DIR = path.join(REPO_ROOT, 'test', 'e2e');

/**
 * The dark theme whose `contributes.colors` defaults the highlights use (headless Chromium would otherwise pick
 * light), and wrapped lines so every highlight of the seed article is on screen for the screenshots.
 */
const E2E_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern', 'window.autoDetectColorScheme': false,
  'editor.wordWrap': 'on', 'editor.minimap.enabled': false,
};

/** The browser test files, in name order; NEWSLENS_E2E_FILES ("themes,draft-checks") runs only those, while working on them. */
function e2eFiles() {
  const only = process.env.NEWSLENS_E2E_FILES?.split(',').map((name) => `${name.trim()}.e2e.mjs`);
  return fs.readdirSync(E2E_DIR).filter((file) => file.endsWith('.e2e.mjs') && (!only || only.includes(file))).sort().map((file) => path.join(E2E_DIR, file));
}

/** The VSIX under test: NEWSLENS_VSIX if given (test a release as shipped), else a fresh `npm run package`. */
function vsixUnderTest() {
  if (process.env.NEWSLENS_VSIX) return path.resolve(process.env.NEWSLENS_VSIX);
  return packageVsix();
}

async function runE2e() {
  fs.rmSync(RESULTS_FILE, { force: true });
  ensureMachinery();
  const vsix = vsixUnderTest();
  console.log(`[e2e] VSIX ${path.relative(REPO_ROOT, vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB`);
  const run = prepareRun('e2e', E2E_SETTINGS);
  codeServerCommand(['--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir, '--install-extension', vsix, '--force']);
  const installed = fs.readdirSync(run.extensionsDir).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
  console.log(`[e2e] installed into a fresh extensions dir: ${installed.join(', ')}`);
  fs.rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const server = await startCodeServer({ run, env: { NEWSLENS_SHARED: SHARED_DIR } });
  console.log(`[e2e] code-server ${server.baseUrl} (pid ${server.pid})`);
  const browser = await openBrowser(run);
  await browser.page.goto(`${server.baseUrl}/?folder=${encodeURIComponent(run.workspaceDir)}`);
  await browser.page.waitForSelector('.monaco-workbench', { timeout: 60_000 }); // whichever test comes first
  const context = {
    page: browser.page,
    repoRoot: REPO_ROOT,
    workspaceDir: run.workspaceDir,
    /** Saves a PNG, or a JPEG with `{ jpeg: true }` (small enough to ship in the VSIX for the README); `clip` keeps one region. */
    screenshot: (name, { jpeg = false, clip } = {}) => browser.page.screenshot(jpeg
      ? { path: path.join(SCREENSHOTS_DIR, `${name}.jpg`), type: 'jpeg', quality: 80, clip }
      : { path: path.join(SCREENSHOTS_DIR, `${name}.png`), clip }),
  };
  const { failed } = await runE2eTests(e2eFiles(), context, RESULTS_FILE);
  if (failed > 0) {
    await context.screenshot('zz-at-failure').catch(() => {});
    console.log(`--- code-server log (${run.serverLog}) ---\n${logTail(run.serverLog, 25)}`);
  }
  const shots = fs.readdirSync(SCREENSHOTS_DIR);
  console.log(`[e2e] screenshots in ${path.relative(REPO_ROOT, SCREENSHOTS_DIR)}/: ${shots.join(', ')}`);
  return failed === 0;
}

await runSuiteAsMain('e2e', runE2e, RESULTS_FILE, (error) => {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.appendFileSync(RESULTS_FILE, `FAIL e2e set-up: ${String(error.message).split('\n')[0]}\n`);
});
