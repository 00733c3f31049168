// What is worked out from a string that repeats (a column name on every row, a customer's
// phone on each of their orders) is kept. Bounded: a file with endless distinct strings
// must not grow it without end, so a full cache starts over.

const MAX_ENTRIES = 4096;

export class BoundedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get(key: string, make: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined && !this.entries.has(key)) {
      value = make();
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, value);
    }
    return value as T;
  }
}

export function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new BoundedCache<T>();
  return (key) => cache.get(key, () => fn(key));
}
