// Bundles the extension and its analysis worker for the desktop (Node) and for browsers (vscode.dev), and the CLI.
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
 * Browser bundles: platform 'browser' makes esbuild fail on any Node built-in they reach. The web extension host
 * loads web/extension.js (CommonJS, `vscode` from the host) and starts web/worker.js with importScripts, so the
 * worker is a classic script (iife).
 */
const web = { ...common, platform: 'browser', target: 'es2022', outdir: 'dist/web' };

/** The extension host loads extension.js, which starts worker.js; cli.js is the `newslens` bin. */
const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts', worker: 'src/worker.ts' } },
  { ...common, entryPoints: { cli: 'src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { ...web, entryPoints: { extension: 'src/webExtension.ts' } },
  { ...web, entryPoints: { worker: 'src/webWorker.ts' }, format: 'iife' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
