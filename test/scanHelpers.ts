// Helpers for scan-level tests: real-shaped people (valid check digits, real region codes
// and mobile segments), files in a temp dir, and a scan with the settings tests use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gb11643CheckChar } from '../src/detect/validators/gb11643.js';
import { runScan, type ScanOptions, type ScanOutcome } from '../src/scan/scanner.js';

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋'];
/** Beijing Chaoyang, Shanghai Pudong, Guangzhou Tianhe, Shenzhen Nanshan: codes in force. */
const REGIONS = ['110105', '310115', '440106', '440305'];
const MOBILE_PREFIXES = ['138', '139', '186', '135'];

export interface Person {
  name: string;
  id: string;
  mobile: string;
}

/** Person n (deterministic): a valid resident ID and mobile, a common name. */
export function person(n: number): Person {
  const birth = `19${70 + (n % 30)}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}`;
  const first17 = `${REGIONS[n % REGIONS.length]}${birth}${String(100 + (n % 900)).padStart(3, '0')}`;
  return {
    name: SURNAMES[n % SURNAMES.length] + GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length],
    id: first17 + gb11643CheckChar(first17),
    mobile: `${MOBILE_PREFIXES[n % MOBILE_PREFIXES.length]}${String(10_000_000 + n * 7919).slice(-8)}`,
  };
}

/** A CSV of people `from`…`from+count-1` with a header the detector knows. */
export function peopleCsv(from: number, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const p = person(from + i);
    return `${p.name},${p.id},${p.mobile}`;
  });
  return ['姓名,身份证号,手机号', ...rows].join('\n') + '\n';
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `piscan-test-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function scan(roots: string[], extra: Partial<ScanOptions> = {}): Promise<ScanOutcome> {
  return runScan({
    roots,
    walk: { include: [], exclude: [], maxFileSize: 1 << 30, hidden: false, followSymlinks: false, ...extra.walk },
    workers: 0,
    hashKey: 'test-key',
    maxRecordChars: 1 << 20,
    ...extra,
  });
}

/** What must not change when bad files sit beside good ones: persons and category counts. */
export function totals(outcome: ScanOutcome): { persons: number; categories: ScanOutcome['tally']['categories'] } {
  return { persons: outcome.tally.persons, categories: outcome.tally.categories };
}

/** A file's report line by path. */
export function fileOf(outcome: ScanOutcome, path: string): ScanOutcome['tally']['files'][number] | undefined {
  return outcome.tally.files.find((f) => f.path === path);
}
