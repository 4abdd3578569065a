// Bundles the extension, its analysis worker and the CLI. `--production` minifies; source maps always.
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

/** The extension host loads extension.js, which starts worker.js; cli.js is the `newslens` bin. */
const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts', worker: 'src/worker.ts' } },
  { ...common, entryPoints: { cli: 'src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
