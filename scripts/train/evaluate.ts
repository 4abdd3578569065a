// Exact-span micro F1 over PER/ORG/LOC of a model on a dev split's own tokens (quick in-process scorer).
import { tagSentences } from '../../src/engine/tagger/index';
import { chunksOf } from '../../src/engine/tagger/labels';
import type { TaggerModel } from '../../src/engine/tagger/model';
import type { LabelledDocument } from './corpus';

/** Micro precision/recall/F1 and counts. */
export interface Score { p: number; r: number; f1: number; gold: number; predicted: number; correct: number }

/** Tags each document's sentences with the model and scores exact chunks. */
export function evaluate(model: TaggerModel, docs: readonly LabelledDocument[]): Score {
  let gold = 0, predicted = 0, correct = 0;
  for (const doc of docs) {
    const guesses = tagSentences(model, doc.map((s) => s.words));
    doc.forEach((s, k) => {
      const g = new Set(chunksOf(s.labels).map((c) => c.join()));
      const p = chunksOf(guesses[k]).map((c) => c.join());
      gold += g.size; predicted += p.length; correct += p.filter((c) => g.has(c)).length;
    });
  }
  const precision = correct / Math.max(1, predicted), recall = correct / Math.max(1, gold);
  return { p: precision, r: recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), gold, predicted, correct };
}
