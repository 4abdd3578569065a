// A growable list of 32-bit integers in typed arrays: four bytes a number where an array of objects costs tens. The
// numbers are kept in blocks of a fixed size, so growing never copies them and never holds a list twice: a million
// words' token offsets doubled into 8 MB arrays, leaving the 4 MB ones before them behind in the heap.

/** How many integers a block holds (1 << BLOCK_BITS: 256 KB a block). */
const BLOCK_BITS = 16;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/** Integers pushed one by one and read back by index. */
export class Int32Stack {
  private readonly blocks: Int32Array[] = [];
  private last = new Int32Array(1024);
  private count = 0;

  /** How many integers were pushed. */
  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count - (this.blocks.length << BLOCK_BITS) === this.last.length) this.grow();
    this.last[this.count & BLOCK_MASK] = value;
    this.count++;
  }

  at(index: number): number {
    return (index >> BLOCK_BITS === this.blocks.length ? this.last : this.blocks[index >> BLOCK_BITS])[index & BLOCK_MASK];
  }

  /** Room for the next integer: the first block grows to the full size, a full one is put by and a new one started. */
  private grow(): void {
    if (this.last.length < BLOCK_MASK + 1) {
      const grown = new Int32Array(Math.min(this.last.length * 4, BLOCK_MASK + 1));
      grown.set(this.last);
      this.last = grown;
      return;
    }
    this.blocks.push(this.last);
    this.last = new Int32Array(BLOCK_MASK + 1);
  }
}
