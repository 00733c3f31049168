// Addresses: a value is taken for an address when it names a GB/T 2260 division or has
// the street/number/building structure of one; free words in an address column are not.
import RE2 from 're2';
import { divisionNames } from './divisions.js';

const STRUCTURE = new RE2('(省|市|区|县|旗|镇|乡|村|组|路|街|道|巷|弄|胡同|号|楼|栋|幢|座|单元|室|小区|大厦|公寓|花园)', 'g');

// Looked up by substring in a Set: an RE2 alternation of ~3,500 names outgrows RE2's DFA
// budget and falls back to its slow engine (it took half the time of a CSV scan).
let divisions: { names: Set<string>; shortest: number; longest: number } | undefined;

function namesDivision(value: string): boolean {
  if (!divisions) {
    const names = divisionNames();
    divisions = { names: new Set(names), shortest: Math.min(...names.map((n) => n.length)), longest: Math.max(...names.map((n) => n.length)) };
  }
  const { names, shortest, longest } = divisions;
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
