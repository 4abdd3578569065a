// The painted highlights, compared with what the engine found: each kind's mentions (the repo's CLI on the same file,
// built with the VSIX by `npm run package`) against the characters the editor paints in that kind's theme colour
// (workbench.mjs paintedSpans reads them from the screen). Shared by the e2e files that look at highlights.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contributedColour, paintedSpans, themeKind, toSpans } from './workbench.mjs';

export const KINDS = ['person', 'organization', 'place', 'date', 'figure', 'quote'];
/** How long a switched-off or non-article editor is watched for paint that should not come (an article is painted in about a second). */
export const QUIET_MS = 3_000;

/** Each kind's theme colour as the current theme paints it. */
export async function kindColours(page, repoRoot) {
  const theme = await themeKind(page);
  return Object.fromEntries(KINDS.map((kind) => [kind, contributedColour(repoRoot, `newsLens.${kind}Background`, theme)]));
}

/** The engine's mentions of a workspace file, from the CLI built with the VSIX (`npm run package` builds both). */
function engineMentions(repoRoot, file) {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: npm run package builds it with the VSIX`);
  const [report] = JSON.parse(execFileSync(process.execPath, [cli, 'annotate', '--format', 'json', file], { encoding: 'utf8' }));
  return report.mentions;
}

/** Figures News Lens leaves unpainted by default (newsLens.highlight.minorFigures): ordinals and bare whole numbers
 *  one to ten, as the README says (src/editor/minorFigures.ts decides it in the extension). */
function isMinorFigure(mention) {
  return mention.kind === 'figure' && (mention.figureType === 'ordinal'
    || (mention.figureType === 'number' && Number.isInteger(mention.value) && mention.value >= 1 && mention.value <= 10));
}

/** A workspace file's text and, per kind, the spans the editor should paint (the engine's mentions, as painted). */
export function analysedSpans(repoRoot, file) {
  const text = readFileSync(file, 'utf8');
  return { text, analysed: expectedSpans(text, engineMentions(repoRoot, file)) };
}

/** Each kind's painted mentions as spans of characters a reader sees (line breaks are not drawn). */
function expectedSpans(text, mentions) {
  return Object.fromEntries(KINDS.map((kind) => {
    const offsets = mentions.filter((mention) => mention.kind === kind && !isMinorFigure(mention))
      .flatMap((mention) => Array.from({ length: mention.end - mention.start }, (_, index) => mention.start + index))
      .filter((offset) => text[offset] !== '\n' && text[offset] !== '\r');
    return [kind, toSpans(offsets)];
  }));
}

/** The characters in `spans` and not in `others`, as quoted text with offsets, for failure messages. */
function difference(text, spans, others) {
  const covered = new Set(others.flatMap(([start, end]) => Array.from({ length: end - start }, (_, index) => start + index)));
  const left = spans.flatMap(([start, end]) => Array.from({ length: end - start }, (_, index) => start + index)).filter((offset) => !covered.has(offset));
  return toSpans(left).map(([start, end]) => `${JSON.stringify(text.slice(start, end))}@${start}`);
}

/**
 * Polls the painted editor until `check(painted)` holds or the time is up; returns the last reading and the colours it
 * was read with. The colours are worked out again at each reading: the workbench may apply its theme after it shows.
 */
export async function waitForPaint(page, repoRoot, text, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  const read = async () => {
    const colours = await kindColours(page, repoRoot);
    return { colours, painted: await paintedSpans(page, text, colours) };
  };
  let reading = await read();
  while (!check(reading.painted) && Date.now() < deadline) {
    await page.waitForTimeout(250);
    reading = await read();
  }
  return reading;
}

const sameSpans = (a, b) => JSON.stringify(a) === JSON.stringify(b);
export const nothingPainted = (painted) => KINDS.every((kind) => painted[kind].length === 0);

/**
 * Asserts that the open editor paints exactly the engine's mentions of `file`, each kind in its colour; returns the
 * spans. `kinds` are the kinds that must be painted (the others must be painted nowhere).
 */
export async function assertPaintedAsAnalysed(page, repoRoot, file, kinds = KINDS) {
  const text = readFileSync(file, 'utf8');
  const analysed = expectedSpans(text, engineMentions(repoRoot, file));
  const expected = Object.fromEntries(KINDS.map((kind) => [kind, kinds.includes(kind) ? analysed[kind] : []]));
  const { colours, painted } = await waitForPaint(page, repoRoot, text, (seen) => KINDS.every((kind) => sameSpans(seen[kind], expected[kind])));
  const offScreen = KINDS.flatMap((kind) => analysed[kind].filter(([, end]) => end > painted.renderedUpTo).map(([start, end]) => `${kind} ${JSON.stringify(text.slice(start, end))}`));
  assert.deepEqual(offScreen, [], `mentions below the editor's bottom edge (the lines on screen end at ${painted.renderedUpTo} of ${text.length} characters)`);
  for (const kind of KINDS) {
    assert.deepEqual(
      { missing: difference(text, expected[kind], painted[kind]), extra: difference(text, painted[kind], expected[kind]) },
      { missing: [], extra: [] },
      `${kind} (${JSON.stringify(colours[kind])}): painted where the engine found no ${kind}, or not painted where it did`,
    );
  }
  return { text, colours, analysed, painted };
}
