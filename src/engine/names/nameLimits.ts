// How long a name can be: the tagger and the rules read runs of capitalised words, and a run is not always a name
// ("Putin Putin Putin", a 50,000-word line of one word, a headline in title case).
import { cachedByText } from '../text/textCache';
import type { NameMention } from './nameMention';

/** Most words one name has. Of the 62,000 people, organizations and places in the CoNLL-2003 and OntoNotes training
 *  sets, the longest have 10 to 12 words ("Rally for the Return of Refugees and Democracy in Rwanda"); two have more. */
export const MAX_NAME_WORDS = 12;

/** A word written this many times in a row is a slip or a list, never one name (a doubled "Sirhan Sirhan" is). */
const REPEATS_THAT_SPLIT = 3;

/** A word of a name: its span and the form repetitions are compared by. */
interface NameWord {
  start: number;
  end: number;
  key: string;
}

/** The words of a name as written, split at whitespace, offsets from its start: "Putin's" and "PUTIN" compare equal to
 *  "Putin". */
function wordsOf(written: string): NameWord[] {
  const words: NameWord[] = [];
  for (const match of written.matchAll(/\S+/g)) {
    words.push({ start: match.index, end: match.index + match[0].length, key: match[0].replace(/['’]s$/i, '').toLowerCase() });
  }
  return words;
}

/** Indices i where the name is cut between word i - 1 and word i: inside every run of REPEATS_THAT_SPLIT or more equal
 *  words ("Putin | Putin | Putin"). */
function cutsAtRepeats(words: readonly NameWord[]): number[] {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && words[i].key === words[runStart].key) continue;
    if (i - runStart >= REPEATS_THAT_SPLIT) for (let k = runStart + 1; k < i; k++) cuts.push(k);
    runStart = i;
  }
  return cuts;
}

/** A part of a name: offsets from the name's start and how many words it has. */
interface NamePart {
  start: number;
  end: number;
  words: number;
}

/** The parts of a name as written (offsets from its start; none for a name of no word), and whether it is one part,
 *  the whole name: cut inside runs of a repeated word. Kept by name, since every mention is read on each keystroke. */
const partsOf = cachedByText((written): { whole: boolean; parts: NamePart[] } => {
  const words = wordsOf(written);
  if (words.length === 0) return { whole: false, parts: [] };
  const cuts = cutsAtRepeats(words);
  if (cuts.length === 0) return { whole: true, parts: [{ start: 0, end: written.length, words: words.length }] };
  const bounds = [0, ...cuts, words.length];
  const parts = bounds.slice(1).map((to, i) => ({ start: words[bounds[i]].start, end: Math.min(written.length, words[to - 1].end), words: to - bounds[i] }));
  return { whole: false, parts };
});

/** The names as names can be: a run of one word written three or more times is cut into its words (each part of the
 *  name's kind and role), and a name of more than MAX_NAME_WORDS words is no name. */
export function withinNameLimits(text: string, names: readonly NameMention[]): NameMention[] {
  const kept: NameMention[] = [];
  for (const name of names) {
    const { whole, parts } = partsOf(text.slice(name.start, name.end));
    for (const part of parts) {
      if (part.words > MAX_NAME_WORDS) continue;
      kept.push(whole ? name : { ...name, start: name.start + part.start, end: name.start + part.end });
    }
  }
  return kept;
}
