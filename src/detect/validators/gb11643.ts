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

/** A real resident ID: known region code, real past date, correct check character. */
export function isResidentId(value: string, ctx: DateContext): boolean {
  const v = value.toUpperCase();
  if (v.length === 18) {
    return (
      /^\d{17}[\dX]$/.test(v) &&
      isRegionCode(v.slice(0, 6)) &&
      isCalendarDate(v.slice(6, 14), ctx) &&
      gb11643CheckChar(v) === v[17]
    );
  }
  if (v.length === 15) {
    return /^\d{15}$/.test(v) && isRegionCode(v.slice(0, 6)) && isCalendarDate('19' + v.slice(6, 12), ctx);
  }
  return false;
}
