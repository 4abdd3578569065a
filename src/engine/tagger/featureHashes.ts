// The tagger's base features hashed without building their strings: FNV-1a is a running state, so "w-1=" + word is the
// state after "w-1=" carried on over the word's characters. A word's own features and its features as a neighbour are
// hashed once per distinct word and kept. Same hashes as hashFeature over featureStrings (a unit test holds them equal).
import { detached } from '../text/runMemo';
import { isCapitalised } from '../text/tokens';
import type { WordSet } from './features';

/** One character's shape class: X upper, x lower, d digit, else the character itself (ASCII answered without regexes). */
function shapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/** Word shape: "Xxxx" for "London", "dd" for "96", "X.X." for "U.S." (runs collapsed). */
export function wordShape(word: string): string {
  let shape = '';
  for (const ch of word) {
    const c = shapeOf(ch);
    if (!shape.endsWith(c + c)) shape += c;
  }
  return shape;
}

/** 32-bit FNV-1a hash of a feature string. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}


const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The FNV-1a state after `text[from, to)`, carried on from `state`. */
function carry(state: number, text: string, from = 0, to = text.length): number {
  let hash = state;
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}

/** The state after one more character code. */
const then = (state: number, code: number): number => Math.imul(state ^ code, FNV_PRIME);

/** The state after a fixed prefix. */
const after = (prefix: string): number => carry(FNV_OFFSET, prefix);

const P = {
  w: after('w='), l: after('l='), s: after('s='), p3: after('p3='), x3: after('x3='), x2: after('x2='), x4: after('x4='), p4: after('p4='),
  bBefore: after('b-1='), bAfter: after('b+1='), ss: after('ss='), first: after('first|'), capsLine: after('caps-line|l='),
};
/** The context offsets, in featureStrings' order, and the prefix states of their word and shape features. */
const OFFSETS = [-2, -1, 1, 2] as const;
const P_WORD = OFFSETS.map((k) => after(`w${k}=`));
const P_SHAPE = OFFSETS.map((k) => after(`s${k}=`));
const BIAS = hashFeature('b');
const DOC_LOWER = { true: hashFeature('doc-lower=true'), false: hashFeature('doc-lower=false') };
const BAR = '|'.charCodeAt(0);

/** What is hashed once per distinct word: its lower case and shape, its own eight features, and its word and shape
 *  features at each context offset (as the word two before, one before, …, another token sees). */
interface WordHashes {
  lower: string;
  shape: string;
  own: number[];
  asNeighbour: number[];
}

function wordHashes(word: string, lower = word.toLowerCase(), shape = wordShape(word)): WordHashes {
  const n = lower.length;
  const own = [carry(P.w, word), carry(P.l, lower), carry(P.s, shape), carry(P.p3, lower, 0, Math.min(3, n)), carry(P.x3, lower, Math.max(0, n - 3)),
    carry(P.x2, lower, Math.max(0, n - 2)), carry(P.x4, lower, Math.max(0, n - 4)), carry(P.p4, lower, 0, Math.min(4, n))].map((h) => h >>> 0);
  const asNeighbour: number[] = [];
  for (let k = 0; k < OFFSETS.length; k++) asNeighbour.push(carry(P_WORD[k], lower) >>> 0, carry(P_SHAPE[k], shape) >>> 0);
  return { lower, shape, own, asNeighbour };
}

/** The sentence-boundary pseudo-words, as featureStrings reads them (lower case "<s>", shape of "<s>"). */
const START = wordHashes('<s>');
const END = wordHashes('</s>');

/** Words hashed so far; emptied when it grows past a bound, so a long session's vocabulary never piles up. */
const cache = new Map<string, WordHashes>();
const CACHE_LIMIT = 50_000;

function hashesOf(word: string): WordHashes {
  let found = cache.get(word);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // The word as a copy of its own: a token's text is a slice of its line, which a kept key would keep alive.
    cache.set(detached(word), (found = wordHashes(word)));
  }
  return found;
}

/** True when no word of a sentence has a lower-case letter (a capitals line: its tokens read a feature more). */
export function isAllCaps(words: readonly string[]): boolean {
  for (const word of words) if (/\p{Ll}/u.test(word)) return false;
  return true;
}

/** The hashes of every base feature of each token of a sentence (featureStrings' base features, hashed), or of the
 *  tokens at `only` (indices, in any order). */
export function baseFeatureHashes(words: readonly string[], docCaps: WordSet, only?: readonly number[]): number[][] {
  const n = words.length;
  const tokens = words.map(hashesOf);
  const at = (k: number): WordHashes => (k < 0 ? START : k >= n ? END : tokens[k]);
  const allCaps = isAllCaps(words);
  return (only ?? words.map((_, i) => i)).map((i) => {
    const token = tokens[i];
    const features = [BIAS, ...token.own];
    for (let k = 0; k < OFFSETS.length; k++) {
      const neighbour = at(i + OFFSETS[k]).asNeighbour;
      features.push(neighbour[2 * k], neighbour[2 * k + 1]);
    }
    const before = at(i - 1), next = at(i + 1);
    features.push(carry(then(carry(P.bBefore, before.lower), BAR), token.lower) >>> 0);
    features.push(carry(then(carry(P.bAfter, token.lower), BAR), next.lower) >>> 0);
    features.push(carry(then(carry(then(carry(P.ss, before.shape), BAR), token.shape), BAR), next.shape) >>> 0);
    if (i === 0) features.push(carry(P.first, token.shape) >>> 0);
    if (allCaps) features.push(carry(P.capsLine, token.lower) >>> 0);
    if (isCapitalised(words[i])) features.push(docCaps.has(token.lower) ? DOC_LOWER.false : DOC_LOWER.true);
    return features;
  });
}
