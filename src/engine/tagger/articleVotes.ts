// The article's votes kept from keystroke to keystroke: a sentence is counted again only when its first pass changed,
// and only the sentences holding a word whose count changed need their second pass looked at again.
import { addVotes, type DocumentVotes } from './documentVotes';
import type { LineSentence } from './taggedLines';

/** The votes of an edited document's sentences, as its last run left them. */
export class ArticleVotes {
  readonly votes: DocumentVotes = new Map();
  /** Each counted sentence: the first-pass labels and how many times the document held it when it was last counted
   *  (identical lines share their sentence objects), and the last run that saw it and how often it held it then. */
  private counted = new Map<LineSentence, { labels: readonly number[]; times: number; run: number; held: number }>();
  private runs = 0;

  /** Brings the votes up to the sentences' first passes (every sentence must be tagged); returns the lower-cased words
   *  whose counts changed. Only sentences tagged anew since the last run, those gone, and those the document now holds
   *  a different number of times are counted again. One look-up per sentence: this runs on every keystroke. */
  update(sentences: readonly LineSentence[]): Set<string> {
    const run = ++this.runs;
    const delta: DocumentVotes = new Map();
    for (const sentence of sentences) {
      const entry = this.counted.get(sentence);
      if (!entry) this.counted.set(sentence, { labels: sentence.chunks!.first.labels, times: 0, run, held: 1 });
      else if (entry.run === run) entry.held++;
      else { entry.run = run; entry.held = 1; }
    }
    for (const [sentence, entry] of this.counted) {
      if (entry.run !== run) {
        addVotes(delta, sentence.words, entry.labels, -entry.times);
        this.counted.delete(sentence);
        continue;
      }
      const labels = sentence.chunks!.first.labels;
      if (entry.labels === labels && entry.times === entry.held) continue;
      if (entry.times > 0) addVotes(delta, sentence.words, entry.labels, -entry.times);
      addVotes(delta, sentence.words, labels, entry.held);
      entry.labels = labels;
      entry.times = entry.held;
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
