// Mainland landline numbers: a trunk-prefixed area code that libphonenumber knows
// (patterns/reference/cn-area-codes.json) and a local number of the length it takes:
// eight digits after the three-digit codes of the large cities (010, 02x), seven or eight
// after the others; the local number never starts with 0 or 1.
import { readReference } from '../catalogueFiles.js';

let areaCodes: Set<string> | undefined;

function loadAreaCodes(): Set<string> {
  if (!areaCodes) {
    const file = readReference<{ byProvince: Record<string, string[]> }>('cn-area-codes.json');
    areaCodes = new Set(Object.values(file.byProvince).flat());
  }
  return areaCodes;
}

/** `normalised` is `0` + area code + local number, optionally `-` + extension. */
export function isCnLandline(normalised: string): boolean {
  const [main, ext] = normalised.split('-');
  if (!/^0\d{9,11}$/.test(main) || (ext !== undefined && !/^\d{1,6}$/.test(ext))) return false;
  const codes = loadAreaCodes();
  const short = main.slice(0, 3);
  if (codes.has(short)) return main.length === 11 && /^[2-9]/.test(main.slice(3));
  const local = main.slice(4);
  return codes.has(main.slice(0, 4)) && (local.length === 7 || local.length === 8) && /^[2-9]/.test(local);
}
