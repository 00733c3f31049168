// A set of non-negative integers below 2^53 in one typed array (open addressing): a
// file's (person, category) anchors can number tens of millions, beyond what a JS Set
// holds (2^24 entries) and at a quarter of its memory.
const EMPTY = -1;

export class NumberSet {
  private table: Float64Array;
  private count = 0;

  constructor(initialCapacity = 16) {
    // A power of two, so a slot is a hash masked.
    this.table = new Float64Array(2 ** Math.ceil(Math.log2(Math.max(2, initialCapacity * 2)))).fill(EMPTY);
  }

  get size(): number {
    return this.count;
  }

  add(v: number): void {
    const mask = this.table.length - 1;
    for (let slot = hash(v) & mask; ; slot = (slot + 1) & mask) {
      const here = this.table[slot];
      if (here === v) return;
      if (here === EMPTY) {
        this.table[slot] = v;
        // At most half full, so probes stay short.
        if (++this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
        return;
      }
    }
  }

  *[Symbol.iterator](): Generator<number> {
    for (const v of this.table) if (v !== EMPTY) yield v;
  }

  private rehash(length: number): void {
    const old = this.table;
    this.table = new Float64Array(length).fill(EMPTY);
    this.count = 0;
    for (const v of old) if (v !== EMPTY) this.add(v);
  }
}

function hash(v: number): number {
  return (v >>> 0) ^ Math.imul(Math.floor(v / 2 ** 32), 0x9e3779b1);
}
