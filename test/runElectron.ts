// Runs the same extension-host suite (out/test/vscode/index.js) in a desktop VS Code downloaded by
// @vscode/test-electron, for machines that can reach Microsoft's download servers (not this offline one, where
// `npm run test:vscode` runs it in code-server instead). `npm run test:electron` builds first.
// On a Linux machine without a display, run it under `xvfb-run -a`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { seedArticlePath, sharedDir, sharedHint } from '../scripts/shared.mjs';

const repoRoot = path.resolve(__dirname, '..');
const cacheDir = path.resolve(process.env.NEWSLENS_TEST_CACHE || path.join(repoRoot, '.vscode-test'));
const seedArticle = seedArticlePath();
const resultsFile = path.join(repoRoot, 'test-results', 'vscode-suite-electron.txt');

/**
 * A fresh workspace like the code-server runner's: the seed article as .txt and .news (when the shared folder has
 * it; the tests that read it skip themselves otherwise), the sample article and the fixtures.
 */
function prepareWorkspace(runDir: string): string {
  const workspace = path.join(runDir, 'workspace');
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  if (fs.existsSync(seedArticle)) {
    fs.copyFileSync(seedArticle, path.join(workspace, 'seed-article.txt'));
    fs.copyFileSync(seedArticle, path.join(workspace, 'seed-article.news'));
  } else {
    console.log(`[electron] seed article ${sharedHint([seedArticle])}: the tests that read it will be skipped`);
  }
  fs.copyFileSync(path.join(repoRoot, 'examples', 'sample-article.news'), path.join(workspace, 'sample-article.news'));
  const fixtures = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, workspace, { recursive: true });
  return workspace;
}

async function main(): Promise<number> {
  const runDir = path.join(cacheDir, 'runs', 'electron');
  const workspace = prepareWorkspace(runDir);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  try {
    await runTests({
      version: process.env.NEWSLENS_VSCODE_VERSION || '1.100.3',
      cachePath: cacheDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'vscode', 'index.js'),
      extensionTestsEnv: { NEWSLENS_TEST_RESULTS: resultsFile, NEWSLENS_SHARED: sharedDir(), NEWSLENS_TEST_WORKSPACE: workspace },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust',
        '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions')],
    });
    return 0;
  } catch (error) {
    console.error(`[electron] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (fs.existsSync(resultsFile)) console.log(fs.readFileSync(resultsFile, 'utf8'));
  }
}

main().then((code) => process.exit(code));
