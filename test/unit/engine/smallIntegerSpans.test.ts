// Spans stay small integers in V8: one -0 or fraction stored in a span's start makes V8 box the start and end of
// every span of that shape as a heap double, an allocation per field per copy on every keystroke (stop 25 found three
// `-start` offsets doing it). Run in a child process with V8's natives syntax, so no other test's objects share its maps.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** In the child: an analyser types into the sample article (the edited path copies kept spans by line and sentence
 *  offsets), then lists every mention whose start or end V8 holds as other than a small integer. */
const CHILD = `
const { readFileSync } = require('node:fs');
const { createAnalyser } = require(${JSON.stringify(join(ROOT, 'src', 'engine'))});
const isSmallInteger = new Function('n', 'return %IsSmi(n)');
let text = readFileSync(${JSON.stringify(join(ROOT, 'examples', 'sample-article.news'))}, 'utf8');
const analyser = createAnalyser();
let analysis = analyser(text, { articleDate: '2025-11-03' });
for (let i = 1; i <= 12; i++) {
  const at = Math.floor((i * text.length) / 13);
  text = text.slice(0, at) + (i % 3 === 0 ? '\\n' : 'x') + text.slice(at);
  analysis = analyser(text, { articleDate: '2025-11-03' });
}
const boxed = analysis.mentions.filter((m) => !isSmallInteger(m.start) || !isSmallInteger(m.end)).map((m) => m.kind + ' ' + m.text);
console.log(JSON.stringify({ mentions: analysis.mentions.length, boxed }));
`;

describe('span offsets as V8 small integers', () => {
  it('keeps every mention start and end of an edited article a small integer, not a boxed double', function () {
    this.timeout(60_000);
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--require', 'tsx/cjs', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
    const { mentions, boxed } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { mentions: number; boxed: string[] };
    assert.ok(mentions > 20, `the sample article gave only ${mentions} mentions`);
    assert.deepEqual(boxed.slice(0, 5), [], `${boxed.length} of ${mentions} mentions have boxed offsets`);
  });
});
