// Device identifiers. IMEI (3GPP TS 23.003): 14 digits and a Luhn check digit, the first
// two digits a GSMA reporting body (never 00). MAC (IEEE 802): six octets, not the
// all-zero or broadcast address. IDFA/OAID (RFC 4122 UUID form or OAID's 64 hex digits):
// not the all-zero value a device reports when the user has opted out of tracking.
import { luhn } from './luhn.js';

export function isImei(digits: string): boolean {
  return /^\d{15}$/.test(digits) && !digits.startsWith('00') && luhn(digits);
}

/**
 * The reporting bodies that allocate IMEIs today (GSMA TS.06 v25.0, Appendix A): CTIA/PTCRB
 * (01), TÜV SÜD/BABT (35), China's TAF (86) and the GHA for multi-RAT devices (99). Devices
 * in use carry these; a bare 15-digit number that passes Luhn by chance (one in ten do) rarely
 * also starts with one of them (a UnionPay merchant ID's 898…, an IMSI's 460… do not).
 */
const ALLOCATING_BODIES = new Set(['01', '35', '86', '99']);

/** An IMEI whose type allocation code is from a body that allocates today: the check for one found without a device keyword. */
export function isImeiOfAllocatingBody(digits: string): boolean {
  return isImei(digits) && ALLOCATING_BODIES.has(digits.slice(0, 2));
}

export function isIeee802MacAddress(normalised: string): boolean {
  const hex = normalised.replace(/[:-]/g, '');
  return /^[0-9A-F]{12}$/.test(hex) && hex !== '000000000000' && hex !== 'FFFFFFFFFFFF';
}

export function isAdvertisingId(normalised: string): boolean {
  const hex = normalised.replace(/-/g, '');
  return /^(?:[0-9A-F]{32}|[0-9A-F]{64})$/.test(hex) && !/^0+$/.test(hex);
}
