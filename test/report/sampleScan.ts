// A small, deterministic scan for the report tests: people of the sample population (valid
// check characters, real region codes, allocated mobile segments) in a few folders, plus one
// file that fails part-way and one that is skipped — then the Report that `piscan scan` builds.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from '../../src/assess/assess.js';
import { loadPolicy } from '../../src/assess/policy.js';
import { builtinVocabulary } from '../../src/classify/vocabulary.js';
import { buildReport, type Report } from '../../src/report/jsonReport.js';
import { runScan } from '../../src/scan/scanner.js';
import { population, type Person } from '../../samples/population.js';
import { Random } from '../../samples/random.js';

export type { Person };

/** Writes the sample tree; returns its folder and the people in it (for leak checks). */
export function writeSampleTree(): { root: string; people: Person[] } {
  const root = mkdtempSync(join(tmpdir(), 'piscan-report-'));
  const people = population(new Random(253), 80);
  mkdirSync(join(root, 'clinic'));
  mkdirSync(join(root, 'shop', 'orders'), { recursive: true });
  mkdirSync(join(root, 'gps'));
  const rows = (head: string, f: (p: Person, i: number) => string, from: number, to: number): string =>
    [head, ...people.slice(from, to).map(f)].join('\n') + '\n';
  writeFileSync(join(root, 'clinic', '门诊病历.csv'), rows('姓名,身份证号,手机号,诊断', (p) => `${p.name},${p.residentId},${p.mobile},高血压`, 0, 30));
  writeFileSync(join(root, 'shop', 'orders', '2026-11.csv'), rows('姓名,手机号,订单号,金额', (p, i) => `${p.name},${p.mobile},D${9000 + i},${(i * 13) % 500}.00`, 20, 70));
  writeFileSync(join(root, 'gps', 'track.csv'), rows('姓名,手机号,经度,纬度', (p, i) => `${p.name},${p.mobile},116.${400 + i},39.${900 + i}`, 0, 60));
  writeFileSync(join(root, 'contacts.csv'), rows('姓名,身份证号,手机号', (p) => `${p.name},${p.residentId},${p.mobile}`, 60, 80));
  // A line longer than the scan's record limit: the file fails part-way with a reason.
  writeFileSync(join(root, 'shop', 'huge-line.txt'), `手机号 ${people[0].mobile}\n${'x'.repeat(5000)}`);
  // A PNG: not a supported format, skipped with a reason.
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  return { root, people };
}

export async function scanReport(root: string): Promise<Report> {
  const policy = loadPolicy('cn-criminal');
  const outcome = await runScan({
    roots: [root],
    walk: { include: [], exclude: [], maxFileSize: 1 << 30, hidden: false, followSymlinks: false },
    workers: 0,
    hashKey: 'report-test-key',
    maxRecordChars: 4000,
  });
  const vocabulary = builtinVocabulary();
  const assessment = assess(
    outcome.tally.categories.map((c) => ({ ...c, tier: vocabulary.tierOf[c.id] })),
    policy,
    false,
  );
  return buildReport(outcome, policy, false, assessment, vocabulary, '0.0.0-test');
}

/** Every raw identifier of the sample people, for "never in any output" checks. */
export function rawValues(people: Person[]): string[] {
  return people.flatMap((p) => [p.residentId, p.mobile, p.name]);
}
