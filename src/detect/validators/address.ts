// Addresses: a value is taken for an address when it names a GB/T 2260 division or has
// the street/number/building structure of one; free words in an address column are not.
import RE2 from 're2';
import { divisionNames } from './divisions.js';
import { isHan } from '../han.js';

const STRUCTURE = new RE2('(省|市|区|县|旗|镇|乡|村|组|路|街|道|巷|弄|胡同|号|楼|栋|幢|座|单元|室|小区|大厦|公寓|花园)', 'g');

// Looked up by substring in a Set: an RE2 alternation of ~3,500 names outgrows RE2's DFA
// budget and falls back to its slow engine (it took half the time of a CSV scan).
let divisions: { names: Set<string>; shortest: number; longest: number } | undefined;

function divisionSet(): { names: Set<string>; shortest: number; longest: number } {
  if (!divisions) {
    const names = divisionNames();
    divisions = { names: new Set(names), shortest: Math.min(...names.map((n) => n.length)), longest: Math.max(...names.map((n) => n.length)) };
  }
  return divisions;
}

function namesDivision(value: string): boolean {
  const { names, shortest, longest } = divisionSet();
  for (let i = 0; i + shortest <= value.length; i++) {
    for (let len = shortest; len <= longest && i + len <= value.length; len++) {
      if (names.has(value.slice(i, i + len))) return true;
    }
  }
  return false;
}

export function isAddress(value: string): boolean {
  if (namesDivision(value)) return true;
  const tokens = new Set(value.match(STRUCTURE) ?? []);
  return tokens.size >= 2;
}

/** Below a province, city or district: what makes a division name a place someone lives at. */
const LOCAL = new RE2('路|街|道|巷|弄|胡同|号|楼|栋|幢|座|单元|室|小区|大厦|公寓|花园|村|组');

/**
 * An address by its shape alone, with no column name or label to say so (detect/byValue.ts):
 * one line that begins with a division name (省, 市 or 区/县) and goes on below it to a street,
 * number, building or village. 北京市朝阳区 alone, or a company name, is not one.
 */
export function isAddressByShape(value: string): boolean {
  // A division name starts with a Chinese character: amounts, times and codes stop here.
  if (!isHan(value.charCodeAt(0)) || value.length < 6 || value.length > 120 || /[\r\n]/.test(value) || !LOCAL.test(value)) return false;
  const { names, shortest, longest } = divisionSet();
  for (let len = shortest; len <= longest && len < value.length; len++) if (names.has(value.slice(0, len))) return true;
  return false;
}
