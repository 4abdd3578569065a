// Vote features for training a stacked names model: each training document's first pass comes from a model trained
// on the other half of the documents (the same halves as the out-of-fold gazetteers), so the votes it learns to trust
// are as wrong as the votes of text it has never seen.
import { documentVotes, sentenceVoteHashes } from '../../src/engine/tagger/documentVotes';
import type { TaggerModel } from '../../src/engine/tagger/model';
import { emissionScores, viterbi } from '../../src/engine/tagger/viterbi';
import { train, type Example } from './perceptron';

/** Adds `withVotes` to every example: its ids followed by the vote features of a held-out first pass over its document. */
export function addVoteFeatures(examples: Example[], labels: readonly string[], bits: number, epochs: number, seed: number, log: (m: string) => void): void {
  const halves = [0, 1].map((parity) => examples.filter((e) => e.doc % 2 === parity));
  const folds = halves.map((half, parity) => {
    log(`first-pass model ${parity + 1}/2 for the vote features`);
    return train(half, labels, bits, epochs, seed, log);
  });
  const mask = (1 << bits) - 1;
  for (const [parity, half] of halves.entries()) {
    const model = folds[1 - parity];
    for (const doc of byDocument(half)) {
      const firstPass = doc.map((e) => firstPassLabels(model, e.ids));
      const votes = documentVotes(doc.map((e) => e.words), firstPass);
      doc.forEach((e, k) => {
        const voteIds = sentenceVoteHashes(e.words, firstPass[k], votes);
        e.withVotes = e.ids.map((ids, t) => (voteIds[t].length ? Uint32Array.from([...ids, ...voteIds[t].map((h) => h & mask)]) : ids));
      });
    }
  }
}

/** A model's labels for one sentence's ids. */
function firstPassLabels(model: TaggerModel, ids: readonly Uint32Array[]): number[] {
  return viterbi(emissionScores(model, ids), model.transition, model.labels);
}

/** Consecutive examples of one document, grouped. */
function byDocument(examples: readonly Example[]): Example[][] {
  const docs: Example[][] = [];
  for (const e of examples) {
    const last = docs[docs.length - 1];
    if (last && last[0].doc === e.doc) last.push(e);
    else docs.push([e]);
  }
  return docs;
}
