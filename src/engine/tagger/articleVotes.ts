// The article's votes kept from keystroke to keystroke: a sentence is counted again only when its first pass changed,
// and only the sentences holding a word whose count changed need their second pass looked at again.
import { changedRange } from '../text/lineWordCounts';
import { addVotes, type DocumentVotes } from './documentVotes';
import type { LineSentence, TaggedLine } from './taggedLines';

/** How a sentence is counted: the first-pass labels it was counted with, and how many times the document holds it
 *  (identical lines share their sentence objects). */
interface Counted {
  labels: readonly number[];
  times: number;
}

/** The sentences of `lines[from, to)`, in order. */
function sentencesIn(lines: readonly TaggedLine[], from: number, to: number): LineSentence[] {
  const sentences: LineSentence[] = [];
  for (let i = from; i < to; i++) for (const sentence of lines[i].sentences) sentences.push(sentence);
  return sentences;
}

/** The votes of an edited document's sentences, as its last run left them. */
export class ArticleVotes {
  readonly votes: DocumentVotes = new Map();
  /** Each sentence of the last update's lines. */
  private readonly counted = new Map<LineSentence, Counted>();
  /** The lines of the last update, in order. */
  private last: readonly TaggedLine[] = [];
  /** False while an update runs: one that stopped early leaves counts the next must not build on. */
  private consistent = true;

  /** Brings the votes up to the lines' sentences' first passes (every sentence must be tagged); returns the lower-cased
   *  words whose counts changed. Only the lines that differ from the last update's (compared in order from both ends:
   *  one on a keystroke) are counted in or out, and of the other sentences only those in `retagged` (given a new first
   *  pass since the last update) are counted again; without it, every sentence's first pass is looked at. `lines`
   *  must not be changed afterwards. */
  update(lines: readonly TaggedLine[], retagged?: readonly LineSentence[]): Set<string> {
    if (!this.consistent) return this.recount(lines);
    this.consistent = false;
    const delta: DocumentVotes = new Map();
    if (retagged) for (const sentence of retagged) this.relabel(delta, sentence);
    else for (const line of lines) for (const sentence of line.sentences) this.relabel(delta, sentence);
    // The lines that changed, and of their sentences those that differ (an edited line shares the others with its last
    // version).
    const lineChange = changedRange(this.last, lines);
    const before = sentencesIn(this.last, lineChange.start, lineChange.oldEnd), now = sentencesIn(lines, lineChange.start, lineChange.newEnd);
    const { start, oldEnd, newEnd } = changedRange(before, now);
    for (let i = start; i < newEnd; i++) this.countIn(delta, now[i]);
    for (let i = start; i < oldEnd; i++) this.countOut(delta, before[i]);
    this.last = lines;
    const changed = this.apply(delta);
    this.consistent = true;
    return changed;
  }

  /** Counts every sentence afresh; every word counted before or now is said to have changed. */
  private recount(lines: readonly TaggedLine[]): Set<string> {
    const before = [...this.votes.keys()];
    this.votes.clear();
    this.counted.clear();
    this.last = [];
    this.consistent = true;
    const changed = this.update(lines, []);
    for (const word of before) changed.add(word);
    return changed;
  }

  /** Counts a counted sentence again under its first pass now, if that changed. */
  private relabel(delta: DocumentVotes, sentence: LineSentence): void {
    const entry = this.counted.get(sentence);
    const labels = sentence.chunks!.first.labels;
    if (!entry || entry.labels === labels) return;
    addVotes(delta, sentence.words, entry.labels, -entry.times);
    addVotes(delta, sentence.words, labels, entry.times);
    entry.labels = labels;
  }

  /** Counts one more occurrence of a sentence. */
  private countIn(delta: DocumentVotes, sentence: LineSentence): void {
    let entry = this.counted.get(sentence);
    if (!entry) this.counted.set(sentence, (entry = { labels: sentence.chunks!.first.labels, times: 0 }));
    else this.relabel(delta, sentence);
    addVotes(delta, sentence.words, entry.labels, 1);
    entry.times++;
  }

  /** Counts one occurrence fewer of a sentence of the last update's lines. */
  private countOut(delta: DocumentVotes, sentence: LineSentence): void {
    const entry = this.counted.get(sentence)!;
    addVotes(delta, sentence.words, entry.labels, -1);
    if (--entry.times === 0) this.counted.delete(sentence);
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
