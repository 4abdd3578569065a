// Word clusters induced at training time from unlabelled text (the corpora's training splits without their labels):
// each frequent word's left and right neighbours, weighted by PPMI and randomly projected, are clustered by
// hierarchical spherical k-means, so that a word gets a path ("3-5-1") whose prefixes are tagger features. Words that
// occur in the same contexts ("Yeltsin", "Kohl", "Chirac") share a path even when the labels never named some of them.
import { seededRandom } from './perceptron';

/** Settings of the induction. */
export interface ClusterOptions { minCount?: number; contexts?: number; dims?: number; branching?: number; depth?: number }

/** word → path ("3-5-1"), for words seen at least minCount times. */
export function induceClusters(sentences: readonly (readonly string[])[], options: ClusterOptions = {}): Map<string, string> {
  const { minCount = 5, contexts = 2000, dims = 96, branching = 8, depth = 3 } = options;
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const s of sentences) for (const w of s) { counts.set(w, (counts.get(w) ?? 0) + 1); const l = w.toLowerCase(); lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1); }
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const contextWords = [...lowerCounts].sort((a, b) => b[1] - a[1]).slice(0, contexts).map(([w]) => w);
  const contextIndex = new Map(contextWords.map((w, i) => [w, i]));
  const C = contexts + 2; // + sentence edge, + rare word
  const cooc = vocab.map(() => new Map<number, number>());
  const ctx = (s: readonly string[], k: number): number => (k < 0 || k >= s.length ? contexts : contextIndex.get(s[k].toLowerCase()) ?? contexts + 1);
  for (const s of sentences) s.forEach((w, i) => {
    const v = index.get(w);
    if (v === undefined) return;
    for (const [k, side] of [[i - 1, 0], [i + 1, C]] as const) { const c = ctx(s, k) + side; cooc[v].set(c, (cooc[v].get(c) ?? 0) + 1); }
  });
  // PPMI weights, then a seeded ±1 random projection to `dims`, unit length.
  const colTotals = new Float64Array(2 * C);
  let total = 0;
  for (const row of cooc) for (const [c, n] of row) { colTotals[c] += n; total += n; }
  const random = seededRandom(7);
  const projection = Array.from({ length: 2 * C }, () => Float32Array.from({ length: dims }, () => (random() < 0.5 ? -1 : 1)));
  const vectors = cooc.map((row) => {
    let rowTotal = 0;
    for (const n of row.values()) rowTotal += n;
    const v = new Float32Array(dims);
    for (const [c, n] of row) {
      const pmi = Math.log((n * total) / (rowTotal * colTotals[c]));
      if (pmi <= 0) continue;
      const p = projection[c];
      for (let d = 0; d < dims; d++) v[d] += pmi * p[d];
    }
    return normalise(v);
  });
  const paths = vocab.map(() => '');
  splitInto(vectors.map((_, i) => i), vectors, branching, depth, paths, random);
  return new Map(vocab.map((w, i) => [w, paths[i]]));
}

function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < v.length; d++) v[d] /= n;
  return v;
}

/** Spherical k-means of the members into `k` groups, recursively to `depth` levels, appending each level to the paths. */
function splitInto(members: number[], vectors: Float32Array[], k: number, depth: number, paths: string[], random: () => number): void {
  if (depth === 0 || members.length < k) return;
  const dims = vectors[0].length;
  let centres: Float32Array[] = Array.from({ length: k }, () => Float32Array.from(vectors[members[Math.floor(random() * members.length)]]));
  const assign = new Int32Array(members.length);
  for (let iteration = 0; iteration < 12; iteration++) {
    members.forEach((m, j) => {
      let best = 0, bestScore = -Infinity;
      centres.forEach((c, g) => { let s = 0; const v = vectors[m]; for (let d = 0; d < dims; d++) s += v[d] * c[d]; if (s > bestScore) { bestScore = s; best = g; } });
      assign[j] = best;
    });
    const sums = Array.from({ length: k }, () => new Float32Array(dims));
    members.forEach((m, j) => { const s = sums[assign[j]], v = vectors[m]; for (let d = 0; d < dims; d++) s[d] += v[d]; });
    centres = sums.map((s, g) => (s.some((x) => x !== 0) ? normalise(s) : centres[g]));
  }
  const groups = Array.from({ length: k }, () => [] as number[]);
  members.forEach((m, j) => { groups[assign[j]].push(m); paths[m] += (paths[m] ? '-' : '') + assign[j]; });
  for (const group of groups) splitInto(group, vectors, k, depth - 1, paths, random);
}
