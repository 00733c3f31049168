// `piscan scan --format csv|sarif|html --files-csv --lang`: the wiring, end to end on the built CLI.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { piscan } from '../cli.js';
import { rawValues, writeSampleTree, type Person } from '../report/sampleScan.js';

describe('piscan scan report formats', () => {
  let root: string;
  let people: Person[];
  let out: string;
  beforeAll(() => {
    ({ root, people } = writeSampleTree());
    out = mkdtempSync(join(tmpdir(), 'piscan-out-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('writes HTML, SARIF and both CSVs whole, without raw identifiers', async () => {
    for (const format of ['html', 'sarif', 'csv']) {
      const r = await piscan(['scan', root, '-q', '--workers', '0', '--format', format, '-o', join(out, `report.${format}`), '--files-csv', join(out, 'files.csv')]);
      // Only the warn-level JSON log lines of skipped or failed files go to stderr.
      expect(r.stderr.split('\n').filter(Boolean).every((l) => JSON.parse(l).level === 40)).toBe(true);
      expect(r.code).toBe(3);
    }
    expect(readdirSync(out).sort()).toEqual(['files.csv', 'report.csv', 'report.html', 'report.sarif']);
    const texts = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'));
    for (const text of texts) for (const raw of rawValues(people)) expect(text).not.toContain(raw);
    expect(readFileSync(join(out, 'files.csv'), 'utf8')).toMatch(/^\uFEFFpath,status,/);
    expect(JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('speaks Chinese under a Chinese locale unless --lang says otherwise', async () => {
    expect((await piscan(['scan', root, '-q', '--workers', '0'], { LANG: 'zh_CN.UTF-8', LC_ALL: '' })).stdout).toContain('评估结果: 情节严重');
    expect((await piscan(['scan', root, '-q', '--workers', '0', '--lang', 'en'], { LANG: 'zh_CN.UTF-8', LC_ALL: '' })).stdout).toContain('level: SERIOUS');
  });

  it('rejects an unknown language with one line and exit 2', async () => {
    const r = await piscan(['scan', root, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(["piscan: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en."]);
  });
});
