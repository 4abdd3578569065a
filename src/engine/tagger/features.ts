// Turns a sentence's tokens into hashed feature ids for the perceptron (same code at train and run time).

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

/** Document-level cues: lowercased words seen capitalised mid-sentence somewhere in the document. */
export function capitalisedInDocument(sentences: readonly (readonly string[])[]): Set<string> {
  const seen = new Set<string>();
  for (const words of sentences) {
    for (let i = 1; i < words.length; i++) if (/^\p{Lu}/u.test(words[i])) seen.add(words[i].toLowerCase());
  }
  return seen;
}

/** Feature strings of the token at `i` (context ±2, shapes, affixes, bigrams, gazetteer and document cues). */
export function featureStrings(words: readonly string[], i: number, gazetteer: ReadonlyMap<string, string>,
  docCaps: ReadonlySet<string>): string[] {
  const at = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : words[k]);
  const w = words[i];
  const lower = w.toLowerCase();
  const f = ['b', `w=${w}`, `l=${lower}`, `s=${wordShape(w)}`, `p3=${lower.slice(0, 3)}`, `x3=${lower.slice(-3)}`,
    `x2=${lower.slice(-2)}`, `x4=${lower.slice(-4)}`, `p4=${lower.slice(0, 4)}`];
  for (const k of [-2, -1, 1, 2]) f.push(`w${k}=${at(i + k).toLowerCase()}`, `s${k}=${wordShape(at(i + k))}`);
  f.push(`b-1=${at(i - 1).toLowerCase()}|${lower}`, `b+1=${lower}|${at(i + 1).toLowerCase()}`);
  f.push(`ss=${wordShape(at(i - 1))}|${wordShape(w)}|${wordShape(at(i + 1))}`);
  if (i === 0) f.push(`first|${wordShape(w)}`);
  const allCaps = words.every((x) => !/\p{Ll}/u.test(x));
  if (allCaps) f.push(`caps-line|l=${lower}`);
  if (/^\p{Lu}/u.test(w)) {
    f.push(`doc-lower=${!docCaps.has(lower)}`);
    for (const [span, tag] of gazetteerHits(words, i, gazetteer)) f.push(`g${span}=${tag}`);
  }
  return f;
}

/** Gazetteer entries (up to 4 words) covering token i: yields position-in-entry and type. */
function* gazetteerHits(words: readonly string[], i: number, gazetteer: ReadonlyMap<string, string>): Generator<[string, string]> {
  for (let len = 1; len <= 4; len++) {
    for (let start = Math.max(0, i - len + 1); start <= i && start + len <= words.length; start++) {
      const type = gazetteer.get(words.slice(start, start + len).join(' '));
      if (type) yield [`${len}:${i - start}`, type];
    }
  }
}

/** Hashed bucket ids (mod 2^bits) for every token of a sentence. */
export function sentenceFeatureIds(words: readonly string[], bits: number, gazetteer: ReadonlyMap<string, string>,
  docCaps: ReadonlySet<string>): Uint32Array[] {
  const mask = (1 << bits) - 1;
  return words.map((_, i) => Uint32Array.from(featureStrings(words, i, gazetteer, docCaps), (s) => hashFeature(s) & mask));
}
