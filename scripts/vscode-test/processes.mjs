// Starts and always stops code-server (and anything else the runners spawn), also on Ctrl-C and timeouts.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import { PATHS, machineryEnv } from './config.mjs';

const cleanups = new Set();

/** Registers a clean-up to run at exit or on a signal; returns a function that runs it once and unregisters it. */
export function onCleanup(cleanup) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    await cleanup();
  };
  cleanups.add(once);
  return once;
}

/** Runs every registered clean-up (newest first). */
export async function cleanupAll() {
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {});
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[vscode-test] ${signal}: stopping everything this run started`);
    cleanupAll().finally(() => process.exit(130));
  });
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops a detached child and its whole process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, 'SIGKILL'); // the leader is gone; its helpers may not be
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  killGroup(child, 'SIGKILL');
  if (!gone) await Promise.race([exited, sleep(2000)]);
}

/** The last lines of a log file, for failure reports. */
export function logTail(file, lines = 40) {
  if (!fs.existsSync(file)) return `(no ${file})`;
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Runs code-server once in the foreground (e.g. --install-extension) with the machinery environment. */
export function codeServerCommand(args) {
  const result = spawnSync(PATHS.codeServerBin, args, { env: machineryEnv(), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

async function waitHealthy(baseUrl, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${logTail(logFile)}`);
    const healthy = await fetch(`${baseUrl}/healthz`).then((response) => response.ok, () => false);
    if (healthy) return;
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${baseUrl}/healthz within ${timeoutMs / 1000} s:\n${logTail(logFile)}`);
}

/**
 * Starts code-server on a free 127.0.0.1 port, no auth, telemetry and update checks off, with the run's own
 * user-data and extensions folders; resolves once /healthz answers. `stop()` always kills its process group.
 * Workspace trust is off unless `untrusted` (the workspace then opens in Restricted Mode, if its settings ask for trust).
 */
export async function startCodeServer({ run, env = {}, untrusted = false }) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFd = fs.openSync(run.serverLog, 'w');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', run.serverConfig,
    '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir, run.workspaceDir,
  ];
  const child = spawn(PATHS.codeServerBin, args, { env: machineryEnv(env), detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const stop = onCleanup(() => stopProcess(child));
  try {
    await waitHealthy(baseUrl, child, run.serverLog, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, authority: `127.0.0.1:${port}`, pid: child.pid, stop };
}
