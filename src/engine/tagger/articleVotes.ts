// The article's votes kept from keystroke to keystroke: a sentence is counted again only when its first pass changed,
// and only the sentences holding a word whose count changed need their second pass looked at again.
import { addVotes, type DocumentVotes } from './documentVotes';
import type { LineSentence } from './taggedLines';

/** The votes of an edited document's sentences, as its last run left them. */
export class ArticleVotes {
  readonly votes: DocumentVotes = new Map();
  /** Each counted sentence and the first-pass labels it was counted with. */
  private counted = new Map<LineSentence, readonly number[]>();

  /** Brings the votes up to the sentences' first passes (every sentence must be tagged); returns the lower-cased words
   *  whose counts changed. */
  update(sentences: readonly LineSentence[]): Set<string> {
    const delta: DocumentVotes = new Map();
    const next = new Map<LineSentence, readonly number[]>();
    for (const sentence of sentences) {
      const labels = sentence.chunks!.first.labels;
      next.set(sentence, labels);
      const before = this.counted.get(sentence);
      if (before === labels) continue;
      if (before) addVotes(delta, sentence.words, before, -1);
      addVotes(delta, sentence.words, labels);
    }
    for (const [sentence, labels] of this.counted) if (!next.has(sentence)) addVotes(delta, sentence.words, labels, -1);
    this.counted = next;
    return this.apply(delta);
  }

  private apply(delta: DocumentVotes): Set<string> {
    const changed = new Set<string>();
    for (const [word, change] of delta) {
      if (change.every((x) => x === 0)) continue;
      changed.add(word);
      const counts = this.votes.get(word) ?? new Int32Array(change.length);
      for (let slot = 0; slot < change.length; slot++) counts[slot] += change[slot];
      if (counts.every((x) => x === 0)) this.votes.delete(word);
      else this.votes.set(word, counts);
    }
    return changed;
  }
}
