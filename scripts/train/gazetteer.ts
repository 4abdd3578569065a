// Builds name lists from training documents (for out-of-fold training features and the shipped model).
import { chunksOf } from '../../src/engine/tagger/labels';
import type { LabelledDocument } from './corpus';

/** Names seen at least `minCount` times with one dominant (≥ 80%) type. */
export function buildGazetteer(docs: readonly LabelledDocument[], minCount = 2): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs) for (const s of doc) for (const [a, b, type] of chunksOf(s.labels)) {
    if (b - a > 4) continue;
    const name = s.words.slice(a, b).join(' ');
    const byType = counts.get(name) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    counts.set(name, byType);
  }
  const gazetteer = new Map<string, string>();
  for (const [name, byType] of counts) {
    const total = [...byType.values()].reduce((x, y) => x + y, 0);
    const [type, n] = [...byType].sort((x, y) => y[1] - x[1])[0];
    if (total >= minCount && n / total >= 0.8) gazetteer.set(name, type);
  }
  return gazetteer;
}
