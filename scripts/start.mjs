// `npm start`, the main job: build the VSIX, show the CLI annotating the sample article, say where the VSIX is.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vsix = join(root, 'news-lens.vsix');
const sample = join('examples', 'sample-article.news');

const say = (line) => process.stderr.write(`${line}\n`);

/** Runs a command in the repository with inherited stdio; stops `npm start` with its exit code if it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    say(`npm start: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    say(`npm start: '${[command, ...args].join(' ')}' failed with exit code ${result.status ?? result.signal}`);
    process.exit(result.status || 1);
  }
}

say('npm start: building and packaging the extension (npm run package)…');
run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package']);

say(`\nnpm start: annotating ${sample} with the command line (node dist/cli.js annotate ${sample}):\n`);
run(process.execPath, [join('dist', 'cli.js'), 'annotate', sample]);

const sizeKiB = (statSync(vsix).size / 1024).toFixed(1);
process.stdout.write(`\nVSIX: ${vsix} (${sizeKiB} KiB)\n`);
process.stdout.write(`Install it with: code --install-extension ${relative(process.cwd(), vsix) || vsix}\n`);
