// `npm run test:vscode`: the mocha suite in test/vscode/ inside a real VS Code (code-server 4.100.3): the
// extension under development is loaded from the repo, the suite runs in its extension host, and the results
// stream back through a file. Exits non-zero on failures, timeouts or a missing prerequisite.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR, REPO_ROOT, SHARED_DIR } from './config.mjs';
import { buildExtension, compileSuite } from './build.mjs';
import { ensureMachinery } from './install.mjs';
import { logTail, startCodeServer } from './processes.mjs';
import { readDoneLine } from './results.mjs';
import { runSuiteAsMain } from './runner.mjs';
import { openBrowser } from './browser.mjs';
import { prepareRun } from './workspace.mjs';

const TIMEOUT_MS = Number(process.env.NEWSLENS_VSCODE_TIMEOUT_MS || 300_000);
/** `--untrusted` (or NEWSLENS_UNTRUSTED=1) opens the workspace in Restricted Mode (workspace trust on, the folder not
 *  trusted) with a workspace setting Restricted Mode must ignore, and runs test/vscode/untrusted.test.ts, the one file
 *  the ordinary run leaves out (test/vscode/index.ts); its results go to a file of their own. */
const UNTRUSTED = process.argv.includes('--untrusted') || process.env.NEWSLENS_UNTRUSTED === '1';
const RESULTS_FILE = path.join(RESULTS_DIR, UNTRUSTED ? 'vscode-untrusted.txt' : 'vscode-suite.txt');

/** The workbench URL that makes VS Code load the extension from the repo and run the suite in its host, in the run's
 *  workspace (or the folder NEWSLENS_TEST_FOLDER names: scripts/workspace-scale opens its generated workspace). */
function payloadUrl(server, run, testsEntry) {
  const remote = (file) => `vscode-remote://${server.authority}${file}`;
  const payload = [['extensionDevelopmentPath', remote(REPO_ROOT)], ['extensionTestsPath', remote(testsEntry)]];
  const folder = process.env.NEWSLENS_TEST_FOLDER || run.workspaceDir;
  return `${server.baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

const TRUST_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' };
/** The workspace's own value of the one restricted setting: small enough to cut the sample article, were it used. */
const UNTRUSTED_WORKSPACE_SETTINGS = { 'newsLens.maxCharacters': 1000 };

/** Prints lines the extension host appends to the results file, as they arrive. */
function streamResults() {
  let printed = 0;
  const flush = () => {
    if (!fs.existsSync(RESULTS_FILE)) return;
    const lines = fs.readFileSync(RESULTS_FILE, 'utf8').split('\n');
    const complete = lines.slice(0, -1); // the last element is an unfinished line (or empty)
    for (const line of complete.slice(printed)) console.log(`  ${line}`);
    printed = Math.max(printed, complete.length);
  };
  const timer = setInterval(flush, 250);
  return () => { clearInterval(timer); flush(); };
}

async function runSuite() {
  ensureMachinery();
  if (process.env.NEWSLENS_SKIP_BUILD !== '1') buildExtension(); // set it to iterate on tests against a built dist/
  const testsEntry = await compileSuite();
  const run = prepareRun('vscode-suite', UNTRUSTED ? TRUST_SETTINGS : {});
  if (UNTRUSTED) {
    fs.mkdirSync(path.join(run.workspaceDir, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(run.workspaceDir, '.vscode', 'settings.json'), JSON.stringify(UNTRUSTED_WORKSPACE_SETTINGS, null, 2));
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.rmSync(RESULTS_FILE, { force: true });
  const server = await startCodeServer({
    run, untrusted: UNTRUSTED,
    env: { NEWSLENS_TEST_RESULTS: RESULTS_FILE, NEWSLENS_SHARED: SHARED_DIR, NEWSLENS_TEST_WORKSPACE: run.workspaceDir, ...(UNTRUSTED ? { NEWSLENS_UNTRUSTED: '1' } : {}) },
  });
  console.log(`[vscode] code-server ${server.baseUrl} (pid ${server.pid}); running the suite in its extension host`);
  const browser = await openBrowser(run);
  let exit;
  const exited = new Promise((resolve) => { exit = resolve; });
  await browser.page.exposeFunction('codeAutomationExit', (code) => exit(code));
  await browser.page.exposeFunction('codeAutomationLog', () => {});
  browser.page.on('crash', () => exit('browser page crashed'));
  const stopStreaming = streamResults();
  await browser.page.goto(payloadUrl(server, run, testsEntry));
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS))]);
  stopStreaming();
  const summary = readDoneLine(RESULTS_FILE);
  const ok = code === 0 && summary !== null && summary.failed === 0;
  if (!ok) {
    console.log(`[vscode] extension host exit: ${code}${code === 'timeout' ? ` (after ${TIMEOUT_MS / 1000} s)` : ''}`);
    if (!summary) console.log(`[vscode] no DONE line in ${RESULTS_FILE}: the suite did not finish`);
    console.log(`--- code-server log (${run.serverLog}) ---\n${logTail(run.serverLog)}`);
    console.log(`--- browser console (${run.browserLog}) ---`);
    browser.logTail();
  }
  return ok;
}

await runSuiteAsMain(UNTRUSTED ? 'untrusted' : 'vscode', runSuite, RESULTS_FILE);
