// `npm run bench:workspace [-- --files N] [-- --dir DIR]`: the workspace index on a generated workspace (5,000
// articles of ~800 words by default, made under /tmp once by generate.ts), measured inside a real VS Code by
// test/vscode/workspaceScale.bench.ts: first scan time, memory, typing delay while the scan runs, symbols, the
// Workspace scope, and a reopened window. Prints the figures; never fails on them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../shared.mjs';

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const files = argument('files', '5000');
const dir = argument('dir', `/tmp/newslens-workspace-${files}`);
const marker = join(dir, '.newslens-generated');

if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== files) {
  const generated = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'workspace-scale', 'generate.ts'), dir, files], { stdio: 'inherit', cwd: REPO_ROOT });
  if (generated.status !== 0) process.exit(generated.status ?? 1);
  writeFileSync(marker, `${files}\n`);
}
const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'vscode-test', 'run-suite.mjs')], {
  stdio: ['ignore', 'pipe', 'inherit'], cwd: REPO_ROOT, encoding: 'utf8',
  env: { ...process.env, NEWSLENS_TEST_FOLDER: dir, NEWSLENS_TEST_BENCH: '1', NEWSLENS_VSCODE_TIMEOUT_MS: String(60 * 60_000) },
});
const results = join(REPO_ROOT, 'test-results', 'vscode-suite.txt');
const lines = existsSync(results) ? readFileSync(results, 'utf8').split('\n') : [];
console.log(`Workspace index on ${files} generated articles (${dir}):`);
for (const line of lines.filter((l) => l.startsWith('NOTE ') || l.startsWith('FAIL '))) console.log(`  ${line.replace(/^NOTE /, '')}`);
if (run.status !== 0) {
  console.log(run.stdout.split('\n').slice(-30).join('\n'));
  process.exit(run.status ?? 1);
}
