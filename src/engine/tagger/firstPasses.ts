// A stacked model's first passes over a whole text, kept until its second passes read them: in two flat arrays, not
// one scores array and one labels array a sentence. A million words are 61,000 sentences and 1.2 million tokens; their
// arrays took ~34 MB of scores and about as much again in per-array overhead, left behind in the heap once freed.
import type { FirstPass } from './sentencePasses';

/** The first passes of a text's sentences, by the index of each sentence's first token. */
export class FirstPasses {
  /** Each token's first-pass label. */
  private readonly labels: Uint8Array;
  /** Each token's scores, L a token, as whole multiples of `scale` (how a quantised model's sums come out). */
  private readonly scores: Int16Array;
  /** The scores of the sentences that are not such multiples (a model without int8 weights), as they were. */
  private readonly others = new Map<number, Float32Array>();

  /** Room for `tokens` tokens of a model of `L` labels whose weights are int8 times `scale` (undefined if not). */
  constructor(tokens: number, private readonly L: number, private readonly scale: number | undefined) {
    if (L > 256) throw new Error('first passes: more labels than a byte holds');
    this.labels = new Uint8Array(tokens);
    this.scores = new Int16Array(scale === undefined ? 0 : tokens * L);
  }

  /** Keeps the first pass of the sentence whose first token is `first`. */
  set(first: number, pass: FirstPass): void {
    this.labels.set(pass.labels, first);
    if (!this.setWhole(first * this.L, pass.emission)) this.others.set(first, pass.emission);
  }

  /** The first pass of the sentence whose first token is `first` and which has `count` tokens, exactly as it was set. */
  get(first: number, count: number): FirstPass {
    const labels = Array.from(this.labels.subarray(first, first + count));
    const kept = this.others.get(first);
    if (kept) return { emission: kept, labels };
    const emission = new Float32Array(count * this.L);
    const at = first * this.L;
    for (let i = 0; i < emission.length; i++) emission[i] = this.scores[at + i] * this.scale!;
    return { emission, labels };
  }

  /** Writes `emission` at `at` as whole multiples of the scale, if every score is one that reads back the same. */
  private setWhole(at: number, emission: Float32Array): boolean {
    const { scale } = this;
    if (scale === undefined) return false;
    for (let i = 0; i < emission.length; i++) {
      const whole = Math.round(emission[i] / scale);
      if (whole < -32768 || whole > 32767 || Math.fround(whole * scale) !== emission[i]) return false;
      this.scores[at + i] = whole;
    }
    return true;
  }
}
