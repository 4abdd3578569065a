// A line's words kept as offsets (four bytes each) and made into tokens when a rule reads them: a million-word file's
// word objects took ~95 MB for as long as its analysis lived, and the rules read each line's words a few times at most.
import type { TextSpan } from '../types';
import { pushWordBounds, type Token } from './tokens';

/** The packed words of a blank line, shared. */
const NOTHING = new Int32Array(0);

/** The last line whose words were read, with the tokens made for it so far: on a keystroke the line typed into is the
 *  only one the name rules read (the others answer from their memos), and four of them read it in turn. One line at a
 *  time, so a long file's tokens are never all kept. */
let lastRead: { words: LineWords; sentences: (readonly Token[] | undefined)[] } | undefined;

/** The words of each sentence of one line, offsets from the line's start. */
export class LineWords {
  /** For each sentence, the index of the word after its last; then each word's start and end. */
  private readonly packed: Int32Array;

  constructor(private readonly line: string, private readonly sentences: readonly TextSpan[]) {
    const ends: number[] = [];
    const bounds: number[] = [];
    for (const sentence of sentences) {
      pushWordBounds(line, sentence, bounds);
      ends.push(bounds.length / 2);
    }
    this.packed = bounds.length === 0 && ends.length === 0 ? NOTHING : new Int32Array(ends.length + bounds.length);
    this.packed.set(ends);
    this.packed.set(bounds, ends.length);
  }

  /** The words of sentence `k`: the same array while this is the last line read, else made anew. */
  sentence(k: number): readonly Token[] {
    if (lastRead?.words !== this) lastRead = { words: this, sentences: [] };
    return (lastRead.sentences[k] ??= this.tokensOf(k));
  }

  /** The words of sentence `k`, made from their offsets. */
  private tokensOf(k: number): Token[] {
    const pairs = this.sentences.length;
    const tokens: Token[] = [];
    for (let t = k === 0 ? 0 : this.packed[k - 1]; t < this.packed[k]; t++) {
      const start = this.packed[pairs + 2 * t];
      const end = this.packed[pairs + 2 * t + 1];
      tokens.push({ start, end, text: this.line.slice(start, end) });
    }
    return tokens;
  }

  /** The words of every sentence (see `sentence`). */
  all(): (readonly Token[])[] {
    return this.sentences.map((_, k) => this.sentence(k));
  }
}
