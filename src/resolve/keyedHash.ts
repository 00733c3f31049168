// Keyed hashes stand in for identifiers everywhere after detection: HMAC-SHA256 with a
// key the user controls, truncated to 64 bits (collisions stay below 1e-3 at 10^8
// distinct identifiers). Without the key, a hash cannot be tested against guesses —
// which matters because an 11-digit mobile space is small enough to enumerate.
import { createHmac, randomBytes } from 'node:crypto';
import { BoundedCache } from '../detect/memo.js';

export type KeyedHasher = (type: string, normalised: string) => string;

/** Identifiers of one type whose hash a thread remembers: a person's identifiers recur across records. */
const REMEMBERED = 1 << 17;

export function createKeyedHasher(key: string | Buffer): KeyedHasher {
  // Hashed values stay in this thread's memory only. One cache per type, keyed by the value
  // alone: a key joined from type and value costs a fresh string to hash on every lookup.
  const memos = new Map<string, BoundedCache<string>>();
  return (type, normalised) => {
    let memo = memos.get(type);
    if (!memo) memos.set(type, (memo = new BoundedCache<string>(REMEMBERED)));
    return memo.get(normalised, () => createHmac('sha256', key).update(`${type}\0${normalised}`).digest('hex').slice(0, 16));
  };
}

/** A fresh random key, for scans run without --hash-key: hashes are then comparable within the scan only. */
export function randomHashKey(): string {
  return randomBytes(32).toString('hex');
}
