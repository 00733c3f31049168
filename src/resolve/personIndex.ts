// The person index: union-find over 64-bit keyed hashes in typed arrays, so memory grows
// with distinct identifiers (about 30 bytes each), never with records, and never holds a
// JS object per person. Each node carries a bit mask of the categories its records fell in.
import { CATEGORY_IDS } from '../types.js';

const EMPTY = -1;

/** A category-mask bit beyond the nine categories: the person was seen with a sensitive identifier (a bank card). */
export const SENSITIVE_ENTITY_BIT = 15;

/** Bytes per node in a snapshot: key (8), its person's key (8), category mask (2). */
const SNAPSHOT_NODE_BYTES = 18;

export class PersonIndex {
  private capacity = 0;
  private size = 0;
  // Open-addressing table: slot → node, keyed by the node's (hi, lo) key.
  private table = new Int32Array(0);
  private keyHi = new Uint32Array(0);
  private keyLo = new Uint32Array(0);
  private parent = new Int32Array(0);
  private categories = new Uint16Array(0);

  constructor(initialCapacity = 1 << 16) {
    this.grow(initialCapacity);
  }

  get nodes(): number {
    return this.size;
  }

  /** The node of a 16-hex-digit key, created on first sight. */
  node(keyHex: string): number {
    const hi = parseInt(keyHex.slice(0, 8), 16) >>> 0;
    const lo = parseInt(keyHex.slice(8, 16), 16) >>> 0;
    const mask = this.table.length - 1;
    for (let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const n = this.table[slot];
      if (n === EMPTY) {
        if (this.size === this.capacity) {
          this.grow(this.capacity * 2);
          return this.node(keyHex);
        }
        const id = this.size++;
        this.keyHi[id] = hi;
        this.keyLo[id] = lo;
        this.parent[id] = id;
        this.table[slot] = id;
        return id;
      }
      if (this.keyHi[n] === hi && this.keyLo[n] === lo) return n;
    }
  }

  find(n: number): number {
    let root = n;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[n] !== root) {
      const next = this.parent[n];
      this.parent[n] = root;
      n = next;
    }
    return root;
  }

  /** Joins two persons. The root is the node with the smaller key, so the result does not depend on order. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.compareKeys(rb, ra) < 0) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.categories[ra] |= this.categories[rb];
    return ra;
  }

  mark(n: number, categoryIndex: number): void {
    this.categories[this.find(n)] |= 1 << categoryIndex;
  }

  /** The canonical key of a node's person: the smallest key in its component. */
  personKey(n: number): string {
    const r = this.find(n);
    return this.keyHi[r].toString(16).padStart(8, '0') + this.keyLo[r].toString(16).padStart(8, '0');
  }

  /**
   * Distinct persons, items (persons with at least one record) per category, and the
   * persons whose mask meets `sensitiveMask` (sensitive individuals, PIPL Art. 28).
   */
  count(sensitiveMask = 0): { persons: number; items: number[]; sensitivePersons: number } {
    const items = new Array<number>(CATEGORY_IDS.length).fill(0);
    let persons = 0;
    let sensitivePersons = 0;
    for (let n = 0; n < this.size; n++) {
      if (this.find(n) !== n) continue;
      persons++;
      const m = this.categories[n];
      if (m & sensitiveMask) sensitivePersons++;
      for (let c = 0; c < items.length; c++) if (m & (1 << c)) items[c]++;
    }
    return { persons, items, sensitivePersons };
  }

  /**
   * The whole index as bytes (keyed hashes and masks only), so that a later scan can
   * de-duplicate persons against an earlier one (cumulative counts over a year).
   */
  snapshot(): Buffer {
    const buf = Buffer.alloc(this.size * SNAPSHOT_NODE_BYTES);
    for (let n = 0, o = 0; n < this.size; n++, o += SNAPSHOT_NODE_BYTES) {
      const r = this.find(n);
      buf.writeUInt32BE(this.keyHi[n], o);
      buf.writeUInt32BE(this.keyLo[n], o + 4);
      buf.writeUInt32BE(this.keyHi[r], o + 8);
      buf.writeUInt32BE(this.keyLo[r], o + 12);
      buf.writeUInt16BE(r === n ? this.categories[n] : 0, o + 16);
    }
    return buf;
  }

  /** Merges a snapshot in: its links and category marks join this index's persons. */
  absorb(snapshot: Buffer): void {
    if (snapshot.length % SNAPSHOT_NODE_BYTES !== 0) throw new Error('person snapshot: truncated');
    const hex = (o: number): string => snapshot.toString('hex', o, o + 8);
    for (let o = 0; o < snapshot.length; o += SNAPSHOT_NODE_BYTES) {
      const root = this.union(this.node(hex(o)), this.node(hex(o + 8)));
      this.categories[root] |= snapshot.readUInt16BE(o + 16);
    }
  }

  private compareKeys(a: number, b: number): number {
    return this.keyHi[a] - this.keyHi[b] || this.keyLo[a] - this.keyLo[b];
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint32Array | Uint16Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old.subarray(0, this.size));
      return next;
    };
    this.keyHi = copy(this.keyHi, (n) => new Uint32Array(n));
    this.keyLo = copy(this.keyLo, (n) => new Uint32Array(n));
    this.parent = copy(this.parent, (n) => new Int32Array(n));
    this.categories = copy(this.categories, (n) => new Uint16Array(n));
    this.capacity = capacity;
    // The table stays at most half full.
    this.table = new Int32Array(capacity * 2).fill(EMPTY);
    const mask = this.table.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = (this.keyLo[id] ^ Math.imul(this.keyHi[id], 0x9e3779b1)) & mask;
      while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.table[slot] = id;
    }
  }
}
