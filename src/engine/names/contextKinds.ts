// Context the tagger's window can miss that says a name is an organization: "ADT, a security company", "(Bernama) -",
// "Rosneft and Lukoil, Moscow's two biggest oil companies".
import type { TextSpan } from '../types';
import { firstStartingAt, startingWithin } from '../text/spanSearch';
import type { Token } from '../text/tokens';
import type { NameMention } from './nameMention';
import { hasStrongOrgCue, listedOrganizations, type Run } from './orgCues';

/** The name as a run of the sentence's tokens (sorted by start), as the cue rules read it. */
function runOf(name: NameMention, tokens: Token[]): Run {
  const from = firstStartingAt(tokens, name.start);
  const first = from > 0 && tokens[from - 1].end > name.start ? from - 1 : from;
  let to = first;
  while (to < tokens.length && tokens[to].start < name.end) to++;
  return { start: name.start, end: name.end, tokens: tokens.slice(first, to) };
}

/** Makes organizations of the names whose surroundings in their sentence mark them as one. */
export function applyOrganizationCues(text: string, names: NameMention[], sentences: TextSpan[], tokens: Token[][]): void {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  sentences.forEach((sentence, k) => {
    const inSentence = startingWithin(sorted, sentence).filter((n) => n.end <= sentence.end);
    if (inSentence.length === 0) return;
    const runs = inSentence.map((name) => runOf(name, tokens[k]));
    const listed = listedOrganizations(text, runs, sentence);
    runs.forEach((run, i) => {
      if (inSentence[i].kind !== 'person' && (listed.has(run) || hasStrongOrgCue(text, run, sentence))) inSentence[i].kind = 'organization';
    });
  });
}
