// Installs the pinned test machinery (code-server, playwright-core) into the git-ignored cache, once.
// Run directly (`node scripts/vscode-test/install.mjs`) or through ensureMachinery() from the runners.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PATHS, VERSIONS, machineryEnv } from './config.mjs';
import { ensureAptPrerequisites } from './prerequisites.mjs';

const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** The `installed.json` an install left in its folder, or null. */
export function readMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'installed.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's rg instead. */
function seedRipgrepCache() {
  if (process.arch !== 'x64') return;
  const cacheDir = path.join(PATHS.tmp, RIPGREP_CACHE);
  if (fs.existsSync(path.join(cacheDir, RIPGREP_TARBALL))) return;
  const staging = path.join(PATHS.tmp, 'rg-staging');
  fs.mkdirSync(staging, { recursive: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  run('tar', ['czf', path.join(cacheDir, RIPGREP_TARBALL), '-C', staging, 'rg'], {});
}

/** Runs a command, throwing with its command line when it fails. */
export function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** Installs one npm package at an exact version into its own folder under the cache; skips if the marker matches. */
export function installPackage({ dir, name, version, allowScripts }) {
  const marker = readMarker(dir);
  if (marker && marker.name === name && marker.version === version) return false;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // A package.json of its own, so npm never walks up into the repository.
  // allowScripts: npm 11 lists unreviewed install scripts (and will block them); these must run.
  const manifest = { name: 'newslens-test-machinery', private: true, allowScripts };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const log = path.join(dir, 'install.log');
  console.log(`[install] ${name}@${version} -> ${dir} (log: ${log})`);
  const started = Date.now();
  const logFd = fs.openSync(log, 'w');
  try {
    run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', `${name}@${version}`],
      { cwd: dir, env: machineryEnv(), stdio: ['ignore', logFd, logFd] });
  } catch (error) {
    const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${error.message}\n--- last lines of ${log} ---\n${tail}`, { cause: error });
  } finally {
    fs.closeSync(logFd);
  }
  fs.writeFileSync(path.join(dir, 'installed.json'), JSON.stringify({ name, version, at: new Date().toISOString() }, null, 2));
  console.log(`[install] ${name}@${version} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/** code-server's postinstall builds native modules; a missing one means the install is unusable. */
function verifyCodeServer() {
  const vscodeModules = path.join(PATHS.codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const needed = ['node-pty/build/Release/pty.node', '@vscode/ripgrep/bin/rg'];
  const absent = needed.filter((rel) => !fs.existsSync(path.join(vscodeModules, rel)));
  if (!fs.existsSync(PATHS.codeServerBin) || absent.length > 0) {
    fs.rmSync(path.join(PATHS.codeServerDir, 'installed.json'), { force: true });
    throw new Error(`code-server install incomplete (missing: ${absent.join(', ') || 'bin'}); its postinstall did not run fully`);
  }
}

/** Ensures code-server and playwright-core are in the cache; returns quickly when they already are. */
export function ensureMachinery({ needBrowser = true } = {}) {
  ensureAptPrerequisites({ needBrowser });
  machineryEnv(); // creates HOME/TMPDIR scratch folders
  seedRipgrepCache();
  installPackage({
    dir: PATHS.codeServerDir, name: 'code-server', version: VERSIONS.codeServer,
    allowScripts: { 'code-server': true, argon2: true }, // postinstall installs VS Code's modules and builds node-pty
  });
  verifyCodeServer();
  if (needBrowser) {
    installPackage({ dir: PATHS.toolsDir, name: 'playwright-core', version: VERSIONS.playwrightCore, allowScripts: {} });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  try {
    ensureMachinery();
    console.log(`[install] test machinery ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`[install] ${error.message}`);
    process.exit(1);
  }
}
