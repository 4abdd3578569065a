// A CliHost with real worker threads for in-process CLI tests: the workers run the CLI bundled as esbuild.mjs bundles
// dist/cli.js (built once per test process, into a private folder, so concurrent runs never race), since a worker
// thread cannot load the TypeScript sources.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { workerThreadStarter, type CliHost } from '../../../src/cli/jobs/jobRunner';
import { REPO_ROOT } from './runInProcess';

let bundle: Promise<string> | undefined;

/** The path of the bundled CLI, built on first use and removed when the process exits. */
export function builtCli(): Promise<string> {
  bundle ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newslens-workers-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    await build({
      entryPoints: { cli: join(REPO_ROOT, 'src/cli.ts') }, outdir: folder, bundle: true, format: 'cjs', platform: 'node',
      target: 'node20', logLevel: 'error',
    });
    return join(folder, 'cli.js');
  })();
  return bundle;
}

/** A host whose default --jobs is `parallelism`, starting the bundled CLI as its worker threads. */
export async function workerHost(parallelism = 2): Promise<CliHost> {
  return { parallelism, startWorker: workerThreadStarter(await builtCli(), process.stderr) };
}
