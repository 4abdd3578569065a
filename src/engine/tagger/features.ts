// Turns a sentence's tokens into hashed feature ids for the perceptron (same code at train and run time).
import { isCapitalised } from '../text/tokens';
import { baseFeatureHashes, hashFeature, wordShape } from './featureHashes';

export { hashFeature, wordShape } from './featureHashes';

/** Document-level cues: lowercased words seen capitalised mid-sentence somewhere in the document. */
export function capitalisedInDocument(sentences: readonly (readonly string[])[]): Set<string> {
  const seen = new Set<string>();
  for (const words of sentences) for (const word of capitalisedMidSentence(words)) seen.add(word);
  return seen;
}

/** One sentence's share of the document cues: its capitalised words after the first, lowercased. */
export function capitalisedMidSentence(words: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < words.length; i++) if (isCapitalised(words[i])) found.push(words[i].toLowerCase());
  return found;
}

/** The document's capitalised words as the features ask about them: a set, or counts of the words present. */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

/** What every feature of a sentence reads, computed once per sentence: lower-cased words, shapes, capitals line. */
interface SentenceView {
  words: readonly string[];
  lower: string[];
  shapes: string[];
  allCaps: boolean;
}

function viewOf(words: readonly string[]): SentenceView {
  return { words, lower: words.map((w) => w.toLowerCase()), shapes: words.map(wordShape), allCaps: words.every((x) => !/\p{Ll}/u.test(x)) };
}

/** The shapes of the sentence-boundary pseudo-words "<s>" and "</s>", as the models were trained with them. */
const START_SHAPE = wordShape('<s>');
const END_SHAPE = wordShape('</s>');

/** Base features of token i (everything but gazetteer hits): word, shape, affixes, context ±2, bigrams, document cues. */
function baseFeatures(view: SentenceView, i: number, docCaps: WordSet): string[] {
  const n = view.words.length;
  const lowerAt = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : view.lower[k]);
  const shapeAt = (k: number): string => (k < 0 ? START_SHAPE : k >= n ? END_SHAPE : view.shapes[k]);
  const w = view.words[i];
  const lower = view.lower[i];
  const f = ['b', `w=${w}`, `l=${lower}`, `s=${view.shapes[i]}`, `p3=${lower.slice(0, 3)}`, `x3=${lower.slice(-3)}`,
    `x2=${lower.slice(-2)}`, `x4=${lower.slice(-4)}`, `p4=${lower.slice(0, 4)}`];
  for (const k of [-2, -1, 1, 2]) f.push(`w${k}=${lowerAt(i + k)}`, `s${k}=${shapeAt(i + k)}`);
  f.push(`b-1=${lowerAt(i - 1)}|${lower}`, `b+1=${lower}|${lowerAt(i + 1)}`);
  f.push(`ss=${shapeAt(i - 1)}|${view.shapes[i]}|${shapeAt(i + 1)}`);
  if (i === 0) f.push(`first|${view.shapes[i]}`);
  if (view.allCaps) f.push(`caps-line|l=${lower}`);
  if (isCapitalised(w)) f.push(`doc-lower=${!docCaps.has(lower)}`);
  return f;
}

/** What the names tagger reads beyond the words themselves (a model's lists; the figure tagger reads none of them). */
export interface NameLists {
  /** Names from the training labels, by type. */
  gazetteer: ReadonlyMap<string, string>;
  /** Names from outside the corpora, by class ("city|last"); absent in models trained without one. */
  lexicon?: ReadonlyMap<string, string>;
}

/** Feature strings of the token at `i` (base features, then the name-list features). */
export function featureStrings(words: readonly string[], i: number, lists: NameLists, docCaps: WordSet): string[] {
  return [...baseFeatures(viewOf(words), i, docCaps), ...listFeatures(words, i, lists)];
}

/** The features a names model adds to the base ones, for a capitalised token: gazetteer hits, then lexicon hits (the
 *  classes, "city", "first", …, of the entries covering it, by span and position), then the classes of the one-word
 *  lexicon entries just before and after it ("John Xyz": a first name before). One pass looks every span up in both. */
function listFeatures(words: readonly string[], i: number, lists: NameLists): string[] {
  if (!isCapitalised(words[i])) return [];
  const { gazetteer } = lists;
  const lexicon = lists.lexicon ?? NO_LEXICON;
  if (gazetteer.size === 0 && lexicon.size === 0) return [];
  const found: string[] = [];
  const fromLexicon: string[] = [];
  const opensLonger = longerNameStarts(gazetteer, lexicon);
  for (let len = 1; len <= 4; len++) {
    for (let start = Math.max(0, i - len + 1); start <= i && start + len <= words.length; start++) {
      if (len > 1 && !opensLonger.has(words[start])) continue;
      let key = words[start];
      for (let k = start + 1; k < start + len; k++) key += ' ' + words[k];
      const type = gazetteer.get(key);
      if (type) found.push(`g${len}:${i - start}=${type}`);
      const classes = lexicon.get(key);
      if (classes) for (const c of classesOf(classes)) fromLexicon.push(`x${len}:${i - start}=${c}`);
    }
  }
  found.push(...fromLexicon);
  for (const k of [-1, 1]) {
    const classes = i + k >= 0 && i + k < words.length ? lexicon.get(words[i + k]) : undefined;
    if (classes) for (const c of classesOf(classes)) found.push(`x${k}=${c}`);
  }
  return found;
}

/** The first words of the lists' names of two words or more ("New" of "New York"), per pair of lists: a span
 *  opening with any other word is in neither list, so its key is never built. */
const startsByGazetteer = new WeakMap<ReadonlyMap<string, string>, WeakMap<ReadonlyMap<string, string>, Set<string>>>();
function longerNameStarts(gazetteer: ReadonlyMap<string, string>, lexicon: ReadonlyMap<string, string>): Set<string> {
  let byLexicon = startsByGazetteer.get(gazetteer);
  if (!byLexicon) startsByGazetteer.set(gazetteer, (byLexicon = new WeakMap()));
  let starts = byLexicon.get(lexicon);
  if (!starts) {
    starts = new Set();
    for (const list of [gazetteer, lexicon]) for (const name of list.keys()) {
      const space = name.indexOf(' ');
      if (space > 0) starts.add(name.slice(0, space));
    }
    byLexicon.set(lexicon, starts);
  }
  return starts;
}

/** The empty name lexicon (models trained without one). */
const NO_LEXICON: ReadonlyMap<string, string> = new Map();

/** A lexicon entry's classes ("city|last" → ["city", "last"]), split once per distinct string (a few dozen). */
const splitClasses = new Map<string, readonly string[]>();
function classesOf(classes: string): readonly string[] {
  let split = splitClasses.get(classes);
  if (!split) splitClasses.set(classes, (split = classes.split('|')));
  return split;
}

/** A token's hashed features: all of them, the name-list features last, and how many come before those. */
export interface TokenHashes {
  hashes: Uint32Array;
  baseCount: number;
}

/** Full 32-bit feature hashes of every token of a sentence (or of the tokens at `only`), for any model to mask to its
 *  own bucket count. */
export function sentenceFeatureHashes(words: readonly string[], lists: NameLists, docCaps: WordSet, only?: readonly number[]): TokenHashes[] {
  return baseFeatureHashes(words, docCaps, only).map((base, k) => {
    const listed = listFeatures(words, only ? only[k] : k, lists);
    const hashes = new Uint32Array(base.length + listed.length);
    hashes.set(base);
    for (let k = 0; k < listed.length; k++) hashes[base.length + k] = hashFeature(listed[k]);
    return { hashes, baseCount: base.length };
  });
}

/** Bucket ids (mod 2^bits) of a token's hashes; `withGazetteer` false keeps only the base features. */
export function bucketIds(token: TokenHashes, bits: number, withGazetteer: boolean): Uint32Array {
  const mask = (1 << bits) - 1;
  const kept = withGazetteer ? token.hashes : token.hashes.subarray(0, token.baseCount);
  return kept.map((hash) => hash & mask);
}

/** Hashed bucket ids (mod 2^bits) for every token of a sentence (training and single-model tagging). */
export function sentenceFeatureIds(words: readonly string[], bits: number, lists: NameLists, docCaps: WordSet): Uint32Array[] {
  return sentenceFeatureHashes(words, lists, docCaps).map((token) => bucketIds(token, bits, true));
}
