// The Debian packages the VS Code and browser suites need: chromium (the browser every suite drives), libkrb5-dev
// (code-server's kerberos build) and ripgrep (seeds @vscode/ripgrep, whose own install would download it). When
// some are missing and this process may install them (root, or passwordless sudo), they are installed with apt-get;
// otherwise it fails with the command to run. The suite runners call it (so `npm test` on a fresh machine installs
// what it lacks) and .ci/run runs it before `npm ci`, so it imports no npm package.
// Run directly: `node scripts/vscode-test/prerequisites.mjs` (every package).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR, CHROMIUM_PATH } from './config.mjs';

/** Thrown when the machine lacks something this process cannot install; the message says what to install. */
export class MissingPrerequisite extends Error {}

/** Each package: what it provides, where it is looked for, and whether only code-server needs it. */
const PACKAGES = [
  { name: 'chromium', what: `Chromium at ${CHROMIUM_PATH}`, files: [CHROMIUM_PATH], serverOnly: false },
  { name: 'libkrb5-dev', what: 'Kerberos headers (/usr/include/gssapi/gssapi.h)', files: ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'], serverOnly: true },
  { name: 'ripgrep', what: 'ripgrep at /usr/bin/rg', files: ['/usr/bin/rg'], serverOnly: true },
];

function missingPackages({ needBrowser, needServer }) {
  return PACKAGES.filter((pkg) => (pkg.serverOnly ? needServer : needBrowser) && !pkg.files.some((file) => fs.existsSync(file)));
}

/** The command prefix that runs apt-get as root ([] when we are root, sudo -n when it needs no password), or null. */
function asRoot() {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

/** Runs apt-get non-interactively with its output in `log`; throws with the log's last lines when it fails. */
function aptGet(prefix, args, log) {
  const logFd = fs.openSync(log, 'a');
  try {
    const [command, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    const result = spawnSync(command, rest, { stdio: ['ignore', logFd, logFd] });
    if (result.status !== 0) {
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-20).join('\n');
      throw new MissingPrerequisite(`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}); last lines of ${log}:\n${tail}`);
    }
  } finally {
    fs.closeSync(logFd);
  }
}

/**
 * Makes sure the Debian packages a suite needs are there, installing the missing ones when it may (one line says
 * which). `needServer: false` (the web suite, which runs no code-server) asks for Chromium only.
 */
export function ensureAptPrerequisites({ needBrowser = true, needServer = true } = {}) {
  const missing = missingPackages({ needBrowser, needServer });
  if (missing.length === 0) return;
  const names = missing.map((pkg) => pkg.name).join(' ');
  const prefix = asRoot();
  if (prefix === null) {
    throw new MissingPrerequisite(`${missing.map((pkg) => pkg.what).join('; ')} not found, and installing needs root: apt-get install -y ${names}`);
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const log = path.join(CACHE_DIR, 'apt-get.log');
  fs.writeFileSync(log, '');
  console.log(`[prerequisites] installing Debian packages ${names} (apt-get${prefix.length ? ' via sudo' : ''}; log: ${log})`);
  aptGet(prefix, ['update', '-q'], log);
  aptGet(prefix, ['install', '-y', '-q', ...missing.map((pkg) => pkg.name)], log);
  const still = missingPackages({ needBrowser, needServer });
  if (still.length > 0) {
    throw new MissingPrerequisite(`${still.map((pkg) => pkg.what).join('; ')} still not found after apt-get install ${names} (see ${log})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureAptPrerequisites();
  } catch (error) {
    console.error(`[prerequisites] ${error.message}`);
    process.exit(1);
  }
}
