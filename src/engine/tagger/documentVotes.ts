// The names tagger's second look at a sentence: how its first pass tagged the same words elsewhere in the article.
// "Wang" tagged a person in "Wang Dan said" and an organization in "police detained Wang" gets, on its second pass,
// the feature that the article's other Wangs are people (stacking, after Krishnan & Manning 2006). The model learns how
// far to trust the vote, so a word whose context clearly differs keeps its own reading.
import { isCapitalised } from '../text/tokens';
import { hashFeature } from './features';

/** The vote slots: no name, then the name types in NAME_LABELS order. */
const VOTE_TYPES = ['O', 'PER', 'ORG', 'LOC'] as const;

/** The vote slot of a BIO label index of NAME_LABELS (O, B-PER, I-PER, B-ORG, …). */
export function voteSlot(label: number): number {
  return label === 0 ? 0 : (label + 1) >> 1;
}

/** Per lower-cased capitalised word, how many of its capitalised occurrences the first pass tagged O, PER, ORG, LOC. */
export type DocumentVotes = Map<string, Int32Array>;

/** Adds one sentence's first-pass labels (NAME_LABELS indices) to the votes `times` times; a negative `times` takes them out. */
export function addVotes(votes: DocumentVotes, words: readonly string[], labels: ArrayLike<number>, times = 1): void {
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i])) continue;
    const key = words[i].toLowerCase();
    let counts = votes.get(key);
    if (!counts) votes.set(key, (counts = new Int32Array(VOTE_TYPES.length)));
    counts[voteSlot(labels[i])] += times;
  }
}

/** The votes of a whole document's first-pass labels. */
export function documentVotes(sentences: readonly (readonly string[])[], labels: readonly ArrayLike<number>[]): DocumentVotes {
  const votes: DocumentVotes = new Map();
  sentences.forEach((words, k) => addVotes(votes, words, labels[k]));
  return votes;
}

/** The vote features of token i, from the article's other capitalised occurrences of its word (its own first-pass
 *  label taken out): the type most of them got, and whether all of them agree. None for a word written once. */
export function voteFeatures(words: readonly string[], i: number, ownLabel: number, votes: DocumentVotes): string[] {
  if (!isCapitalised(words[i])) return [];
  const counts = votes.get(words[i].toLowerCase());
  if (!counts) return [];
  const own = voteSlot(ownLabel);
  let total = 0, best = 0, bestCount = -1;
  for (let slot = 0; slot < counts.length; slot++) {
    const others = counts[slot] - (slot === own ? 1 : 0);
    total += others;
    if (others > bestCount) { best = slot; bestCount = others; }
  }
  if (total <= 0) return [];
  const type = VOTE_TYPES[best];
  const features = [`dv=${type}`, `dv=${type}|own=${VOTE_TYPES[own]}`];
  if (bestCount === total) features.push(`dv-all=${type}|${Math.min(total, 3)}`);
  return features;
}

/** The hashed vote features of every token of a sentence, one (possibly empty) list per token. */
export function sentenceVoteHashes(words: readonly string[], ownLabels: ArrayLike<number>, votes: DocumentVotes): Uint32Array[] {
  return words.map((_, i) => Uint32Array.from(voteFeatures(words, i, ownLabels[i], votes), hashFeature));
}
