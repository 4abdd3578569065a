// A growable list of 32-bit integers in one typed array: four bytes a number where an array of objects costs tens.

/** Integers pushed one by one and read back by index. */
export class Int32Stack {
  private items = new Int32Array(1024);
  private count = 0;

  /** How many integers were pushed. */
  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = value;
  }

  at(index: number): number {
    return this.items[index];
  }
}
