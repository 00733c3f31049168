// GB 32100-2015 unified social credit codes of organisations: 18 characters from a
// 31-character alphabet (no I, O, Z, S, V): registration authority, organisation type,
// the GB/T 2260 region of the registering office, a 9-character organisation code, and a
// mod-31 check character. Recognised only so that they are excluded: organisation
// identifiers are not personal. The structure matters as much as the check character:
// one in 31 mistyped resident IDs passes the check alone.
import { isRegionCode } from './divisions.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function gb32100CheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const n = ALPHABET.indexOf(first17[i]);
    if (n < 0) return null;
    sum += n * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

const AUTHORITY = /^[1-9ANY][1-9]/;

export function isUnifiedSocialCreditCode(value: string): boolean {
  const v = value.toUpperCase();
  return v.length === 18 && AUTHORITY.test(v) && isRegionCode(v.slice(2, 8)) && gb32100CheckChar(v) === v[17];
}
