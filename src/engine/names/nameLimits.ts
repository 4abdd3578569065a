// How long a name can be: the tagger and the rules read runs of capitalised words, and a run is not always a name
// ("Putin Putin Putin", a 50,000-word line of one word, a headline in title case).
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

/** The words of a name, split at whitespace: "Putin's" and "PUTIN" compare equal to "Putin". */
function wordsOf(text: string, name: NameMention): NameWord[] {
  const words: NameWord[] = [];
  for (const match of text.slice(name.start, name.end).matchAll(/\S+/g)) {
    const start = name.start + match.index;
    words.push({ start, end: start + match[0].length, key: match[0].replace(/['’]s$/i, '').toLowerCase() });
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

/** The name as one or more names: cut inside runs of a repeated word, each part of the name's kind and role. */
function splitAtRepeats(name: NameMention, words: readonly NameWord[]): { name: NameMention; words: number }[] {
  const cuts = cutsAtRepeats(words);
  if (cuts.length === 0) return [{ name, words: words.length }];
  const bounds = [0, ...cuts, words.length];
  return bounds.slice(1).map((to, i) => ({
    name: { ...name, start: words[bounds[i]].start, end: Math.min(name.end, words[to - 1].end) },
    words: to - bounds[i],
  }));
}

/** The names as names can be: a run of one word written three or more times is cut into its words, and a name of more
 *  than MAX_NAME_WORDS words is no name. */
export function withinNameLimits(text: string, names: readonly NameMention[]): NameMention[] {
  const kept: NameMention[] = [];
  for (const name of names) {
    const words = wordsOf(text, name);
    if (words.length === 0) continue;
    for (const part of splitAtRepeats(name, words)) if (part.words <= MAX_NAME_WORDS) kept.push(part.name);
  }
  return kept;
}
