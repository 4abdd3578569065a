// The article's votes kept from keystroke to keystroke: a sentence is counted again only when its first pass changed,
// and only the sentences holding a word whose count changed need their second pass looked at again.
import { addVotes, type DocumentVotes } from './documentVotes';
import type { LineSentence } from './taggedLines';

/** The votes of an edited document's sentences, as its last run left them. */
export class ArticleVotes {
  readonly votes: DocumentVotes = new Map();
  /** Each counted sentence, the first-pass labels it was counted with, and the last run that saw it. */
  private counted = new Map<LineSentence, { labels: readonly number[]; run: number }>();
  private runs = 0;

  /** Brings the votes up to the sentences' first passes (every sentence must be tagged); returns the lower-cased words
   *  whose counts changed. Only sentences tagged anew since the last run, and those gone, are counted again. */
  update(sentences: readonly LineSentence[]): Set<string> {
    const run = ++this.runs;
    const delta: DocumentVotes = new Map();
    for (const sentence of sentences) {
      const labels = sentence.chunks!.first.labels;
      const entry = this.counted.get(sentence);
      if (!entry) {
        this.counted.set(sentence, { labels, run });
        addVotes(delta, sentence.words, labels);
        continue;
      }
      entry.run = run;
      if (entry.labels === labels) continue;
      addVotes(delta, sentence.words, entry.labels, -1);
      addVotes(delta, sentence.words, labels);
      entry.labels = labels;
    }
    if (this.counted.size > sentences.length) {
      for (const [sentence, entry] of this.counted) {
        if (entry.run === run) continue;
        addVotes(delta, sentence.words, entry.labels, -1);
        this.counted.delete(sentence);
      }
    }
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
