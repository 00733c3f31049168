// The README's scan: the generated sample tree must report exactly what was planted —
// items per category, distinct persons, records, the level — and leak nothing raw.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSamples } from '../../samples/generate.js';
import type { Manifest } from '../../samples/manifest.js';
import { population } from '../../samples/population.js';
import { Random } from '../../samples/random.js';
import type { Report } from '../../src/report/jsonReport.js';
import { piscan, type CliResult } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-samples-'));
const data = join(dir, 'data');
let planted: Manifest;
let run: CliResult;
let report: Report;
let findings: { file: string; record: number; category: string; person: string; persons?: string[]; entities: { type: string; value: string }[] }[];

beforeAll(async () => {
  planted = await generateSamples(data);
  run = await piscan(['scan', data, '--format', 'json', '--findings', join(dir, 'findings.jsonl'), '--hash-key', 'test-key', '--workers', '2']);
  report = JSON.parse(run.stdout) as Report;
  findings = readFileSync(join(dir, 'findings.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
});

describe('scan of the sample tree', () => {
  it('exits 3 because the planted data reaches the "serious" level', () => {
    expect(planted.level).toBe('serious');
    expect(report.assessment.level).toBe(planted.level);
    expect(run.code).toBe(3);
  });

  it('counts the planted items and records of every category exactly', () => {
    for (const c of report.categories) {
      expect({ id: c.id, ...planted.categories[c.id] }).toEqual({ id: c.id, records: c.records, items: c.items });
    }
  });

  it('counts each person once across files and rows', () => {
    expect(report.persons).toBe(planted.persons);
    expect(report.scan.personalRecords).toBe(planted.personalRecords);
    expect(report.scan.records).toBe(planted.records);
  });

  it('reports every file with its records and personal records', () => {
    const got = report.files.map((f) => ({ path: f.path, records: f.records, personalRecords: f.personalRecords }));
    expect(got.sort((a, b) => a.path.localeCompare(b.path))).toEqual([...planted.files].sort((a, b) => a.path.localeCompare(b.path)));
    expect(report.files.every((f) => f.error === null)).toBe(true);
  });

  it('keeps near-misses out of the items: unverified and excluded identifiers are counted apart', () => {
    const entity = (type: string) => report.entities.find((e) => e.type === type)!;
    for (const [type, n] of Object.entries(planted.unverified)) expect(entity(type).unverified).toBe(n);
    for (const [type, n] of Object.entries(planted.excluded)) expect(entity(type).excluded).toBe(n);
    expect(report.files.find((f) => f.path.endsWith('near-misses.csv'))!.personalRecords).toBe(0);
    expect(report.files.find((f) => f.path.endsWith('system.log'))!.personalRecords).toBe(0);
  });

  it('writes one findings line per personal record, with one person id per person', () => {
    expect(findings.length).toBe(planted.personalRecords);
    const ids = new Set(findings.flatMap((f) => f.persons ?? [f.person]));
    expect(ids.size).toBe(planted.persons);
    expect([...ids].every((id) => /^p_[0-9a-f]{16}$/.test(id))).toBe(true);
  });

  it('gives the same person ids again with the same key, and different ones with another key', async () => {
    const again = await piscan(['scan', data, '--format', 'json', '--findings', join(dir, 'again.jsonl'), '--hash-key', 'test-key']);
    expect(readFileSync(join(dir, 'again.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'findings.jsonl'), 'utf8'));
    const other = await piscan(['scan', data, '--findings', join(dir, 'other.jsonl'), '--hash-key', 'other-key', '-q']);
    expect(other.code).toBe(3);
    const otherFirst = JSON.parse(readFileSync(join(dir, 'other.jsonl'), 'utf8').split('\n')[0]) as { record: number; person: string };
    expect(otherFirst.record).toBe(findings[0].record);
    expect(otherFirst.person).not.toBe(findings[0].person);
    expect(JSON.parse(again.stdout).categories).toEqual(report.categories);
  });

  it('leaks no raw identifier, name or address into the report, findings or messages', async () => {
    const people = population(new Random(planted.seed), 3000);
    const outputs = [run.stdout, run.stderr, readFileSync(join(dir, 'findings.jsonl'), 'utf8'), (await piscan(['scan', data, '-q'])).stdout].join('\n');
    const leaks = people.flatMap((p) => [p.residentId, p.mobile, p.email, p.bankCard, p.address, p.name].filter((v) => outputs.includes(v)));
    expect(leaks).toEqual([]);
  });
});
