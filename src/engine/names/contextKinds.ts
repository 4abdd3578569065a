// Context the tagger's window can miss that says a name is an organization: "ADT, a security company", "(Bernama) -",
// "Rosneft and Lukoil, Moscow's two biggest oil companies".
import type { PlacedLine } from '../text/lines';
import { firstStartingAt, startingWithin } from '../text/spanSearch';
import type { Token } from '../text/tokens';
import type { NameMention } from './nameMention';
import { hasStrongOrgCue, listedOrganizations, type Run } from './orgCues';

/** The name as a run of its line's tokens (sorted by start, offsets from `lineStart`), as the cue rules read it
 *  (they read the tokens' words only). */
function runOf(name: NameMention, tokens: Token[], lineStart: number): Run {
  const start = name.start - lineStart;
  const end = name.end - lineStart;
  const from = firstStartingAt(tokens, start);
  const first = from > 0 && tokens[from - 1].end > start ? from - 1 : from;
  let to = first;
  while (to < tokens.length && tokens[to].start < end) to++;
  return { start: name.start, end: name.end, tokens: tokens.slice(first, to) };
}

/** Makes organizations of the names whose surroundings in their sentence mark them as one. */
export function applyOrganizationCues(text: string, names: NameMention[], lines: readonly PlacedLine[]): void {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const { start: lineStart, line } of lines) {
    line.sentences.forEach((relative, k) => {
      const sentence = { start: relative.start + lineStart, end: relative.end + lineStart };
      const inSentence = startingWithin(sorted, sentence).filter((n) => n.end <= sentence.end);
      if (inSentence.length === 0) return;
      const runs = inSentence.map((name) => runOf(name, line.tokens[k], lineStart));
      const listed = listedOrganizations(text, runs, sentence);
      runs.forEach((run, i) => {
        if (inSentence[i].kind !== 'person' && (listed.has(run) || hasStrongOrgCue(text, run))) inSentence[i].kind = 'organization';
      });
    });
  }
}
