// Column names repeat on every row of a table, so what is worked out from a name is kept.
// Bounded: a file with endless distinct names (JSON keys) must not grow it without end.

const MAX_ENTRIES = 4096;

export function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}
