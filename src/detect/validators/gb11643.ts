// GB 11643-1999 citizen identity numbers: 6-digit GB/T 2260 region, 8-digit birth date,
// 3-digit sequence, ISO 7064 MOD 11-2 check character. Also the 15-digit pre-1999 form
// (6 region + YYMMDD + 3 sequence, no check character).
import { isCalendarDate, type DateContext } from './calendarDate.js';
import { isRegionCode } from './divisions.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** The codes a Hong Kong, Macau or Taiwan resident's residence permit has in place of a region (2018). */
const RESIDENCE_PERMIT_CODE = /^8[123]0000/;

/**
 * A real resident ID: known region code, real past date, correct check character. 810000,
 * 820000 and 830000 are GB/T 2260 codes, but a number that starts with one is a Hong Kong,
 * Macau or Taiwan resident's residence permit (isResidencePermitNumber), never a resident ID.
 */
export function isResidentId(value: string, ctx: DateContext): boolean {
  const v = value.toUpperCase();
  if (v.length === 18) {
    return !RESIDENCE_PERMIT_CODE.test(v) && isRegionCode(v.slice(0, 6)) && checked18(v, ctx);
  }
  if (v.length === 15) {
    return /^\d{15}$/.test(v) && isRegionCode(v.slice(0, 6)) && isCalendarDate('19' + v.slice(6, 12), ctx);
  }
  return false;
}

/** GB/T 2260 province-level codes (first two digits), used by identifiers that carry only a province. */
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

/** Eighteen characters of the GB 11643 layout with a real date and the right check character, whatever the first six say. */
function checked18(v: string, ctx: DateContext): boolean {
  return /^\d{17}[\dX]$/.test(v) && isCalendarDate(v.slice(6, 14), ctx) && gb11643CheckChar(v) === v[17];
}

/**
 * Residence permit of Hong Kong, Macau and Taiwan residents (港澳台居民居住证, 2018):
 * the GB 11643 layout with 810000 / 820000 / 830000 in place of the region code.
 */
export function isResidencePermitNumber(value: string, ctx: DateContext): boolean {
  const v = value.toUpperCase();
  return v.length === 18 && RESIDENCE_PERMIT_CODE.test(v) && checked18(v, ctx);
}

/**
 * Foreign permanent resident ID card of 2023 (外国人永久居留身份证): 9, a two-digit
 * province code of the issuing authority, a three-digit ISO 3166-1 numeric nationality,
 * the birth date, a sequence number and the GB 11643 check character.
 */
export function isForeignPermanentResidentId(value: string, ctx: DateContext): boolean {
  const v = value.toUpperCase();
  return v.length === 18 && v[0] === '9' && PROVINCES.has(v.slice(1, 3)) && v.slice(3, 6) !== '000' && checked18(v, ctx);
}
