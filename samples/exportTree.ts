// A generated tree of many small CSV exports whose people overlap across files, so that
// de-duplication across replayed and freshly read files is exercised (incremental-scan
// tests, bench/incremental.ts). Deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { population, type Person } from './population.js';
import { Random } from './random.js';

export interface TreeOptions {
  files: number;
  rowsPerFile: number;
  people: number;
  seed?: number;
}

/** Every third file is a clinic export (health), every fifth a card-balance list (property, bank card). */
export function writeTree(dir: string, opts: TreeOptions): Person[] {
  const people = population(new Random(opts.seed ?? 7), opts.people);
  for (let f = 0; f < opts.files; f++) writeFileSync(treeFile(dir, f), fileText(people, f, opts.rowsPerFile));
  return people;
}

export function treeFile(dir: string, f: number): string {
  const sub = join(dir, `dept-${f % 10}`);
  mkdirSync(sub, { recursive: true });
  return join(sub, `export-${String(f).padStart(4, '0')}.csv`);
}

export function fileText(people: Person[], f: number, rows: number, shift = 0): string {
  const kind = f % 5 === 0 ? 'cards' : f % 3 === 0 ? 'clinic' : 'contacts';
  const header = kind === 'cards' ? '姓名,手机号,银行卡号,余额' : kind === 'clinic' ? '姓名,身份证号,手机号,诊断' : '姓名,手机号,地址';
  const lines = [header];
  for (let r = 0; r < rows; r++) {
    const p = people[(f * 7 + r * 13 + shift) % people.length];
    if (kind === 'cards') lines.push(`${p.name},${p.mobile},${p.bankCard},${(r * 137) % 9000}.00`);
    else if (kind === 'clinic') lines.push(`${p.name},${p.residentId},${p.mobile},高血压`);
    else lines.push(`${p.name},${p.mobile},${p.address}`);
  }
  return lines.join('\n') + '\n';
}
