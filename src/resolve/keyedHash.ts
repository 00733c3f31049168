// Keyed hashes stand in for identifiers everywhere after detection: HMAC-SHA256 with a
// key the user controls, truncated to 64 bits (collisions stay below 1e-3 at 10^8
// distinct identifiers). Without the key, a hash cannot be tested against guesses —
// which matters because an 11-digit mobile space is small enough to enumerate.
import { createHmac, randomBytes } from 'node:crypto';

export type KeyedHasher = (type: string, normalised: string) => string;

export function createKeyedHasher(key: string | Buffer): KeyedHasher {
  return (type, normalised) => createHmac('sha256', key).update(type).update('\0').update(normalised).digest('hex').slice(0, 16);
}

/** A fresh random key, for scans run without --hash-key: hashes are then comparable within the scan only. */
export function randomHashKey(): string {
  return randomBytes(32).toString('hex');
}
