// Launches Debian's Chromium headless through playwright-core from the cache (never a downloaded browser).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { CHROMIUM_PATH, PATHS } from './config.mjs';
import { onCleanup } from './processes.mjs';

/** Flags that keep Chromium off the network (this machine refuses outside connections) and usable as root. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function loadPlaywright() {
  const require = createRequire(path.join(PATHS.toolsDir, 'package.json'));
  return require('playwright-core');
}

/**
 * A headless browser page in a fresh profile; console messages go to the run's browser log.
 * `close()` is registered as a clean-up, so the browser is closed even on Ctrl-C or a timeout.
 */
export async function openBrowser(run, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = loadPlaywright();
  const context = await chromium.launchPersistentContext(run.browserProfileDir, {
    executablePath: CHROMIUM_PATH, headless: true, viewport, args: CHROMIUM_ARGS,
  });
  const close = onCleanup(() => context.close().catch(() => {}));
  const page = context.pages()[0] || (await context.newPage());
  const log = fs.createWriteStream(run.browserLog);
  page.on('console', (message) => log.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => log.write(`[pageerror] ${error.message}\n`));
  return { page, close, logTail: () => console.log(fs.readFileSync(run.browserLog, 'utf8').split('\n').slice(-30).join('\n')) };
}
