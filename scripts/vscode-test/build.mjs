// Builds what the VS Code suites load: the extension bundle, the compiled mocha suite, the packaged VSIX.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from './config.mjs';

/** Where the compiled suite goes; the extension host loads `index.js` from here. */
export const COMPILED_SUITE_DIR = path.join(REPO_ROOT, 'out', 'test', 'vscode');

/** Runs a command in the repo with inherited output; throws with the command line if it fails. */
export function runInRepo(command, args) {
  console.log(`[build] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** The development bundle (dist/) the extension host runs via extensionDevelopmentPath. */
export function buildExtension() {
  runInRepo(process.execPath, ['esbuild.mjs']);
}

/** `npm run package`: production bundle + VSIX; returns the VSIX path. */
export function packageVsix() {
  runInRepo('npm', ['run', '--silent', 'package']);
  const vsix = path.join(REPO_ROOT, 'news-lens.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

/**
 * Compiles test/vscode/**\/*.ts one-to-one into out/test/vscode/ (CommonJS for the extension host);
 * `vscode` comes from the host and `mocha` from the repo's node_modules, so both stay external.
 */
export async function compileSuite() {
  const sourceDir = path.join(REPO_ROOT, 'test', 'vscode');
  const entryPoints = fs.readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(sourceDir, file));
  fs.rmSync(COMPILED_SUITE_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints, outbase: sourceDir, outdir: COMPILED_SUITE_DIR, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
  console.log(`[build] compiled ${entryPoints.length} suite file(s) into ${path.relative(REPO_ROOT, COMPILED_SUITE_DIR)}/`);
  return path.join(COMPILED_SUITE_DIR, 'index.js');
}

/** Where the browser suite's bundle goes; the web extension host loads `index.js` from here. */
export const COMPILED_WEB_SUITE_DIR = path.join(REPO_ROOT, 'out', 'test', 'web');

/**
 * Bundles test/web/ (mocha's browser build and the tests) into one CommonJS file for the web extension host, where
 * only `vscode` comes from outside. mocha's browser build reads `process` and `global`: a stub and globalThis.
 */
export async function compileWebSuite() {
  fs.rmSync(COMPILED_WEB_SUITE_DIR, { recursive: true, force: true });
  const processStub = path.join(COMPILED_WEB_SUITE_DIR, 'process-stub.js');
  fs.mkdirSync(COMPILED_WEB_SUITE_DIR, { recursive: true });
  fs.writeFileSync(processStub, "export const process = { env: {}, argv: [], cwd: () => '/', platform: 'browser', version: '', versions: {}, "
    + 'nextTick: (callback, ...args) => Promise.resolve().then(() => callback(...args)) };\n');
  const outfile = path.join(COMPILED_WEB_SUITE_DIR, 'index.js');
  await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'web', 'index.ts')], outfile, bundle: true, platform: 'browser', format: 'cjs',
    target: 'es2022', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' }, inject: [processStub],
  });
  console.log(`[build] bundled the browser suite into ${path.relative(REPO_ROOT, outfile)}`);
  return outfile;
}

// `node scripts/vscode-test/build.mjs`: the extension and the compiled suite, for `npm run test:electron`.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildExtension();
  await compileSuite();
}
