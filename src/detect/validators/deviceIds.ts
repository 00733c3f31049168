// Device identifiers. IMEI (3GPP TS 23.003): 14 digits and a Luhn check digit, the first
// two digits a GSMA reporting body (never 00). MAC (IEEE 802): six octets, not the
// all-zero or broadcast address. IDFA/OAID (RFC 4122 UUID form or OAID's 64 hex digits):
// not the all-zero value a device reports when the user has opted out of tracking.
import { luhn } from './luhn.js';

export function isImei(digits: string): boolean {
  return /^\d{15}$/.test(digits) && !digits.startsWith('00') && luhn(digits);
}

export function isIeee802MacAddress(normalised: string): boolean {
  const hex = normalised.replace(/[:-]/g, '');
  return /^[0-9A-F]{12}$/.test(hex) && hex !== '000000000000' && hex !== 'FFFFFFFFFFFF';
}

export function isAdvertisingId(normalised: string): boolean {
  const hex = normalised.replace(/-/g, '');
  return /^(?:[0-9A-F]{32}|[0-9A-F]{64})$/.test(hex) && !/^0+$/.test(hex);
}
