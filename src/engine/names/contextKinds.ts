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

/** A sentence's cue answers for one set of its names, by their spans relative to the line. */
interface KeptCues {
  spans: Int32Array;
  cues: boolean[];
}

/** Each line's sentences' cue answers, by sentence index, one per set of names read in it (most recent first): typing
 *  into one line leaves the others' answers standing, and a repeated line keeps the answers of each of its places. */
const cuesOfLine = cachedByLine((): KeptCues[][] => []);

/** Sets of names a sentence's answers are kept for: more than the readings a keystroke gives one sentence. */
const MAX_KEPT_CUES = 16;

/** True when the names stand at `spans` (relative to the line), compared without building a key. */
function standAt(names: readonly NameMention[], lineStart: number, spans: Int32Array): boolean {
  if (spans.length !== 2 * names.length) return false;
  for (let i = 0; i < names.length; i++) {
    if (names[i].start - lineStart !== spans[2 * i] || names[i].end - lineStart !== spans[2 * i + 1]) return false;
  }
  return true;
}

/** Makes organizations of the names whose surroundings in their sentence mark them as one. */
export function applyOrganizationCues(text: string, names: NameMention[], lines: readonly PlacedLine[]): void {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  // The names are walked once, sentence by sentence (both in text order): the first not yet passed.
  let next = 0;
  for (const { start: lineStart, line } of lines) {
    if (next === sorted.length) return;
    if (sorted[next].start >= lineStart + line.text.length) continue;
    // A dateline agency's test reads back to the last "\n": past the line's start only after a lone "\r".
    const isLineLocal = lineStart === 0 || text[lineStart - 1] === '\n';
    for (let k = 0; k < line.sentences.length; k++) {
      // Plain offsets and no copy of a sentence without names: this runs for every sentence on every keystroke.
      const sentenceStart = line.sentences[k].start + lineStart;
      const sentenceEnd = line.sentences[k].end + lineStart;
      while (next < sorted.length && sorted[next].start < sentenceStart) next++;
      let to = next;
      while (to < sorted.length && sorted[to].start < sentenceEnd) to++;
      if (to === next) continue;
      const inSentence = sorted.slice(next, to).filter((n) => n.end <= sentenceEnd);
      next = to;
      if (inSentence.length === 0) continue;
      const sentence = { start: sentenceStart, end: sentenceEnd };
      const cues = isLineLocal ? keptCues(text, inSentence, line, k, lineStart, sentence)
        : cuesOfSentence(text, inSentence, line.words.sentence(k), lineStart, sentence);
      for (let i = 0; i < inSentence.length; i++) if (inSentence[i].kind !== 'person' && cues[i]) inSentence[i].kind = 'organization';
    }
  }
}

/** The cues of sentence `k` of a line for these names, from the line's cache when it has read them before. */
function keptCues(text: string, names: readonly NameMention[], line: LineText, k: number, lineStart: number, sentence: TextSpan): boolean[] {
  const kept = (cuesOfLine(line)[k] ??= []);
  // The last answer first, without a search: a keystroke leaves almost every sentence's names where they stood.
  if (kept.length > 0 && standAt(names, lineStart, kept[0].spans)) return kept[0].cues;
  const found = takeRecent(kept, (answer) => standAt(names, lineStart, answer.spans));
  if (found) return found.cues;
  const spans = new Int32Array(2 * names.length);
  for (let i = 0; i < names.length; i++) { spans[2 * i] = names[i].start - lineStart; spans[2 * i + 1] = names[i].end - lineStart; }
  const answer = { spans, cues: cuesOfSentence(text, names, line.words.sentence(k), lineStart, sentence) };
  keepRecent(kept, answer, MAX_KEPT_CUES);
  return answer.cues;
}
