// `newslens … | head`: the command line keeps a full pipe of JSON Lines coming while its reader closes stdout after the
// first answer; it must exit 0 with nothing on stderr. Shared by the built-CLI and --jobs tests.
import { spawn } from 'node:child_process';

/** Runs `node cli ...args`, closes its stdout after the first answer, and gives its exit code, signal and stderr. */
export async function runUntilReaderGoesAway(cli: string, args: readonly string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  child.stdin.on('error', () => { /* the child may exit before it has read everything */ });
  child.stdout.once('data', () => child.stdout.destroy());
  const line = `${JSON.stringify({ id: 'x', text: 'Li Qiang met Putin in Beijing on Monday. '.repeat(20) })}\n`;
  const writeMore = () => {
    while (!child.stdin.destroyed && child.stdin.write(line)) { /* keep the pipe full */ }
  };
  child.stdin.on('drain', writeMore);
  writeMore();
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (...result) => resolve(result)));
  child.stdin.destroy();
  return { code, signal, stderr };
}
