// Bundles the extension for the desktop (Node) and for browsers (vscode.dev), the analysis worker both share, and the CLI.
// `--production` minifies; source maps always.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  external: ['vscode'],
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'linked',
};

/**
 * Browser builds: platform 'browser' makes esbuild fail on any Node built-in they reach. The web extension host
 * loads web/extension.js (CommonJS, `vscode` from the host).
 */
const web = { ...common, platform: 'browser', target: 'es2022', outdir: 'dist/web' };

/**
 * The analysis worker, shipped once for both hosts: the desktop starts dist/worker.js as a Node worker thread
 * (CommonJS, so `require` exists), browsers as a Web Worker with importScripts, so it is a classic script (iife).
 * Built for the browser, so the one Node built-in it may reach, at run time and only in Node, is `node:worker_threads`.
 */
const worker = { ...web, outdir: 'dist', format: 'iife', external: ['node:worker_threads'], entryPoints: { worker: 'src/worker.ts' } };

/** The extension hosts load extension.js (desktop) or web/extension.js (browsers); both start worker.js. cli.js is the `newslens` bin. */
const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts' } },
  { ...common, entryPoints: { cli: 'src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { ...web, entryPoints: { extension: 'src/webExtension.ts' } },
  worker,
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
