// Addresses: a value is taken for an address when it names a GB/T 2260 division or has
// the street/number/building structure of one; free words in an address column are not.
import RE2 from 're2';
import { divisionNames } from './divisions.js';

const STRUCTURE = new RE2('(省|市|区|县|旗|镇|乡|村|组|路|街|道|巷|弄|胡同|号|楼|栋|幢|座|单元|室|小区|大厦|公寓|花园)', 'g');
let divisions: RE2 | undefined;

export function isAddress(value: string): boolean {
  divisions ??= new RE2(divisionNames().map(escapeRegex).join('|'));
  if (divisions.test(value)) return true;
  const tokens = new Set(value.match(STRUCTURE) ?? []);
  return tokens.size >= 2;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
