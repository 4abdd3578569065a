// Context the tagger's window can miss that says a name is an organization: "ADT, a security company", "(Bernama) -",
// "Rosneft and Lukoil, Moscow's two biggest oil companies".
import type { TextSpan } from '../types';
import type { LineText, PlacedLine } from '../text/lines';
import { cachedByLine } from '../text/lineCache';
import { keepRecent, takeRecent } from '../text/recentFirst';
import { firstStartingAt } from '../text/spanSearch';
import type { Token } from '../text/tokens';
import type { NameMention } from './nameMention';
import { hasStrongOrgCue, listedOrganizations, type Run } from './orgCues';

/** The name as a run of its line's tokens (sorted by start, offsets from `lineStart`), as the cue rules read it
 *  (they read the tokens' words only). */
function runOf(name: NameMention, tokens: readonly Token[], lineStart: number): Run {
  const start = name.start - lineStart;
  const end = name.end - lineStart;
  const from = firstStartingAt(tokens, start);
  const first = from > 0 && tokens[from - 1].end > start ? from - 1 : from;
  let to = first;
  while (to < tokens.length && tokens[to].start < end) to++;
  return { start: name.start, end: name.end, tokens: tokens.slice(first, to) };
}

/** Which of a sentence's names its context marks as organizations, by index: a function of the line and the names'
 *  spans alone (never of their kinds). */
function cuesOfSentence(text: string, names: readonly NameMention[], tokens: readonly Token[], lineStart: number, sentence: TextSpan): boolean[] {
  const runs = names.map((name) => runOf(name, tokens, lineStart));
  const listed = listedOrganizations(text, runs, sentence);
  return runs.map((run) => listed.has(run) || hasStrongOrgCue(text, run));
}

/** The cue answers of a sentence, or of a line, for one set of its names, by their spans relative to the line. */
interface KeptCues {
  spans: Int32Array;
  cues: boolean[];
}

/** Each line's sentences' cue answers, by sentence index, one per set of names read in it (most recent first): typing
 *  into one line leaves the others' answers standing, and a repeated line keeps the answers of each of its places. */
const cuesOfLine = cachedByLine((): KeptCues[][] => []);

/** Sets of names a sentence's answers are kept for: more than the readings a keystroke gives one sentence. */
const MAX_KEPT_CUES = 16;

/** Each line's answers, one per set of names read in it (most recent first): a keystroke leaves every other line's
 *  names where they stood, and their answers are taken whole, without walking the line's sentences. */
const cuesByLine = cachedByLine((): KeptCues[] => []);

/** The spans of names[from, to) relative to `lineStart`, packed. */
function spansOf(names: readonly NameMention[], from: number, to: number, lineStart: number): Int32Array {
  const spans = new Int32Array(2 * (to - from));
  for (let i = from; i < to; i++) { spans[2 * (i - from)] = names[i].start - lineStart; spans[2 * (i - from) + 1] = names[i].end - lineStart; }
  return spans;
}

/** True when names[from, to) stand at `spans` (relative to `lineStart`). */
function rangeStandsAt(names: readonly NameMention[], from: number, to: number, lineStart: number, spans: Int32Array): boolean {
  if (spans.length !== 2 * (to - from)) return false;
  for (let i = from; i < to; i++) {
    if (names[i].start - lineStart !== spans[2 * (i - from)] || names[i].end - lineStart !== spans[2 * (i - from) + 1]) return false;
  }
  return true;
}

/** Makes organizations of the names whose surroundings in their sentence mark them as one. */
export function applyOrganizationCues(text: string, names: NameMention[], lines: readonly PlacedLine[]): void {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  // The names are walked once, line by line (both in text order): the first not yet passed.
  let next = 0;
  for (const { start: lineStart, line } of lines) {
    if (next === sorted.length) return;
    const lineEnd = lineStart + line.text.length;
    if (sorted[next].start >= lineEnd) continue;
    while (next < sorted.length && sorted[next].start < lineStart) next++;
    let to = next;
    while (to < sorted.length && sorted[to].start < lineEnd) to++;
    // A dateline agency's test reads back to the last "\n": past the line's start only after a lone "\r".
    const isLineLocal = lineStart === 0 || text[lineStart - 1] === '\n';
    const cued = isLineLocal ? lineCues(text, sorted, next, to, line, lineStart) : cuesOfLineNames(text, sorted, next, to, line, lineStart, false);
    for (let i = next; i < to; i++) if (cued[i - next] && sorted[i].kind !== 'person') sorted[i].kind = 'organization';
    next = to;
  }
}

/** Which of names[from, to) (those starting in the line) the line's sentences cue, from the line's kept answers when
 *  they stand where they stood. */
function lineCues(text: string, sorted: readonly NameMention[], from: number, to: number, line: LineText, lineStart: number): boolean[] {
  return keptOrFound(cuesByLine(line), sorted, from, to, lineStart, () => cuesOfLineNames(text, sorted, from, to, line, lineStart, true));
}

/** The kept cues for names[from, to) where they stand now (the last answer tried first, without a search: a keystroke
 *  leaves almost every line's and sentence's names where they stood), else `find`'s, kept. */
function keptOrFound(kept: KeptCues[], names: readonly NameMention[], from: number, to: number, lineStart: number, find: () => boolean[]): boolean[] {
  if (kept.length > 0 && rangeStandsAt(names, from, to, lineStart, kept[0].spans)) return kept[0].cues;
  const found = takeRecent(kept, (answer) => rangeStandsAt(names, from, to, lineStart, answer.spans));
  if (found) return found.cues;
  const answer = { spans: spansOf(names, from, to, lineStart), cues: find() };
  keepRecent(kept, answer, MAX_KEPT_CUES);
  return answer.cues;
}

/** Which of names[from, to) their sentences cue as organizations, sentence by sentence (a name outside every sentence,
 *  or ending past its own, is not read); with `keep`, each sentence's answer from and into the line's sentence cache. */
function cuesOfLineNames(text: string, sorted: readonly NameMention[], from: number, to: number, line: LineText, lineStart: number, keep: boolean): boolean[] {
  const cued = new Array<boolean>(to - from).fill(false);
  let next = from;
  for (let k = 0; k < line.sentences.length && next < to; k++) {
    // Plain offsets and no copy of a sentence without names.
    const sentenceStart = line.sentences[k].start + lineStart;
    const sentenceEnd = line.sentences[k].end + lineStart;
    while (next < to && sorted[next].start < sentenceStart) next++;
    let end = next;
    while (end < to && sorted[end].start < sentenceEnd) end++;
    if (end === next) continue;
    const indices: number[] = [];
    for (let i = next; i < end; i++) if (sorted[i].end <= sentenceEnd) indices.push(i);
    next = end;
    if (indices.length === 0) continue;
    const inSentence = indices.map((i) => sorted[i]);
    const sentence = { start: sentenceStart, end: sentenceEnd };
    const cues = keep ? keptCues(text, inSentence, line, k, lineStart, sentence)
      : cuesOfSentence(text, inSentence, line.words.sentence(k), lineStart, sentence);
    indices.forEach((i, j) => { cued[i - from] = cues[j]; });
  }
  return cued;
}

/** The cues of sentence `k` of a line for these names, from the line's cache when it has read them before. */
function keptCues(text: string, names: readonly NameMention[], line: LineText, k: number, lineStart: number, sentence: TextSpan): boolean[] {
  return keptOrFound((cuesOfLine(line)[k] ??= []), names, 0, names.length, lineStart,
    () => cuesOfSentence(text, names, line.words.sentence(k), lineStart, sentence));
}
