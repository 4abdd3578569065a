// The tagger's model: hashed emission weights, transition weights and a gazetteer; a compact text format.

/** A loaded model, ready for decoding. */
export interface TaggerModel {
  /** The BIO labels it predicts, in weight order (NAME_LABELS or FIGURE_LABELS). */
  labels: readonly string[];
  /** log2 of the number of feature buckets. */
  bits: number;
  /** Emission weights, bucket * labels.length + label. */
  emission: Float32Array;
  /** Transition weights, (from + 1) * labels.length + to; row 0 is the sentence start. */
  transition: Float32Array;
  /** Known names ("New York" → "LOC") extracted from the training data. */
  gazetteer: Map<string, string>;
  /** Names from outside the corpora by class ("Lyon" → "city", "Ingrid" → "first"), joined by "|"; empty if none. */
  lexicon?: Map<string, string>;
  /** True for a model that tags twice, the second time with the article's votes (documentVotes.ts). */
  stacked?: boolean;
  /** A loaded model's emission weights as shipped, int8 times `scale`: a quarter of the memory, so the rows a sentence
   *  reads stay in the processor's cache, and tagging sums them as integers. */
  quantised?: { weights: Int8Array; scale: number };
}

/** The serialised shape: int8 weights with one scale, base64; gazetteer as "type\tname" lines. */
export interface SerialisedModel {
  labels: string[];
  bits: number;
  scale: number;
  emission: string;
  transition: number[];
  gazetteer: string;
  /** Names by their classes ("city|last" → "Barnard|Bell|…", sorted), the compact form; absent in models trained without one. */
  lexicon?: Record<string, string>;
  /** Present and true for a stacked model. */
  stacked?: boolean;
}

/** Quantises a model to int8 (one scale) for shipping. */
export function serialiseModel(model: TaggerModel): SerialisedModel {
  let max = 1e-9;
  for (const w of model.emission) max = Math.max(max, Math.abs(w));
  const scale = max / 127;
  const bytes = Int8Array.from(model.emission, (w) => Math.round(w / scale));
  const serialised: SerialisedModel = { labels: [...model.labels], bits: model.bits, scale, emission: toBase64(new Uint8Array(bytes.buffer)),
    transition: [...model.transition].map((w) => Math.round(w * 1000) / 1000), gazetteer: nameLines(model.gazetteer) };
  if (model.lexicon?.size) serialised.lexicon = namesByClasses(model.lexicon);
  if (model.stacked) serialised.stacked = true;
  return serialised;
}

/** A name list as sorted "value\tname" lines. */
function nameLines(names: ReadonlyMap<string, string>): string {
  return [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([n, t]) => `${t}\t${n}`).join('\n');
}

/** A lexicon grouped by its class strings, each group's names sorted and joined by "|" (no name holds a "|"). */
function namesByClasses(lexicon: ReadonlyMap<string, string>): Record<string, string> {
  const groups = new Map<string, string[]>();
  for (const [name, classes] of lexicon) {
    const group = groups.get(classes);
    if (group) group.push(name);
    else groups.set(classes, [name]);
  }
  return Object.fromEntries([...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([classes, names]) => [classes, names.sort().join('|')]));
}

/** The inverse of namesByClasses. */
function lexiconOf(groups: Readonly<Record<string, string>>): Map<string, string> {
  const lexicon = new Map<string, string>();
  for (const [classes, names] of Object.entries(groups)) for (const name of names.split('|')) lexicon.set(name, classes);
  return lexicon;
}

/** The inverse of nameLines. */
function nameMap(lines: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of lines.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) names.set(line.slice(tab + 1), line.slice(0, tab));
  }
  return names;
}

/** Loads a serialised model (pure TS: no fs, no Buffer). Tagging reads the int8 weights (`quantised`); their float copy
 *  (`emission`, four times the memory: 11 MB for the two shipped models) is made only when something asks for it. */
export function loadModel(data: SerialisedModel): TaggerModel {
  const bytes = new Int8Array(fromBase64(data.emission).buffer);
  if (bytes.length !== (1 << data.bits) * data.labels.length) throw new Error('tagger model: wrong emission size');
  let emission: Float32Array | undefined;
  return {
    labels: data.labels, bits: data.bits, transition: Float32Array.from(data.transition), gazetteer: nameMap(data.gazetteer),
    lexicon: lexiconOf(data.lexicon ?? {}), stacked: data.stacked === true, quantised: { weights: bytes, scale: data.scale },
    get emission() {
      return (emission ??= Float32Array.from(bytes, (w) => w * data.scale));
    },
    set emission(weights) {
      emission = weights;
    },
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer/atob so the engine stays runnable anywhere. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    parts.push(ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + (left > 1 ? ALPHABET[(n >> 6) & 63] : '=') + (left > 2 ? ALPHABET[n & 63] : '='));
  }
  return parts.join('');
}

/** Inverse of toBase64. */
export function fromBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, value = 0, o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | lookup[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (value >> bits) & 255; }
  }
  return out;
}
