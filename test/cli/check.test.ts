// The pre-transfer gate: `piscan check <export>` prints a short verdict and exits by level.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { population, type Person } from '../../samples/population.js';
import { Random } from '../../samples/random.js';
import { piscan } from '../cli.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-check-'));
const people = population(new Random(11), 120);
const q = ['-q', '--workers', '0', '--hash-key', 'check-test'];

/** A location export (track, tier A, sensitive) or a contact list (general). */
function exportOf(name: string, who: Person[], kind: 'track' | 'contacts'): string {
  const sub = join(dir, name);
  mkdirSync(sub, { recursive: true });
  const rows = who.map((p, i) => (kind === 'track' ? `${p.name},${p.mobile},116.${300 + i},39.${900 + i}` : `${p.name},${p.mobile},${p.address}`));
  writeFileSync(join(sub, 'export.csv'), [kind === 'track' ? '姓名,手机号,经度,纬度' : '姓名,手机号,地址', ...rows].join('\n') + '\n');
  return sub;
}

const track50 = exportOf('track50', people.slice(0, 50), 'track');
const track25 = exportOf('track25', people.slice(0, 25), 'track');
const contacts = exportOf('contacts', people.slice(0, 40), 'contacts');

describe('piscan check', () => {
  it('exits 3 with the level, its reason and the top categories when a threshold is reached', async () => {
    const r = await piscan(['check', track50, ...q]);
    expect(r.code).toBe(3);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('SERIOUS — policy cn-criminal (exit 3: do not transfer without review)');
    expect(r.stdout).toContain('· track: 50 items ≥ 50 (serious)');
    expect(r.stdout).toMatch(/top categories: track 50 items \(1× threshold\)/);
    expect(lines.length).toBeLessThanOrEqual(6);
  });

  it('exits 0 below every threshold', async () => {
    const r = await piscan(['check', track25, ...q]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^NONE — policy cn-criminal\n/);
  });

  it('cn-criminal-duty halves the thresholds', async () => {
    expect((await piscan(['check', track25, ...q, '--policy', 'cn-criminal-duty'])).code).toBe(3);
  });

  it('cn-cross-border counts individuals, and any sensitive one needs a standard contract', async () => {
    const sensitive = await piscan(['check', track25, ...q, '--policy', 'cn-cross-border', '--format', 'json']);
    expect(sensitive.code).toBe(3);
    expect(JSON.parse(sensitive.stdout)).toMatchObject({ level: 'standard_contract', exitCode: 3, persons: 25, sensitivePersons: 25 });
    const plain = await piscan(['check', contacts, ...q, '--policy', 'cn-cross-border', '--format', 'json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ level: 'none', persons: 40, sensitivePersons: 0 });
  });

  it('a persons policy renders in every report format without per-category thresholds', async () => {
    for (const format of ['html', 'csv', 'sarif', 'table', 'json']) {
      const r = await piscan(['scan', track25, ...q, '--policy', 'cn-cross-border', '--format', format, '--lang', 'en']);
      expect(r.code).toBe(3);
      expect(r.stdout).not.toMatch(/NaN|Infinity/);
    }
  });

  it('--since counts the persons of earlier runs in the state once each (cumulative year)', async () => {
    const policy = join(dir, 'forty.yaml');
    writeFileSync(policy, 'id: forty\nmeasure: persons\nlevels:\n  - id: contract\n    persons: 40\n');
    const state = join(dir, 'state');
    const first = exportOf('jan', people.slice(0, 30), 'contacts');
    const second = exportOf('feb', people.slice(20, 50), 'contacts'); // 10 of them were in January's export
    const gate = (args: string[]) => piscan(['check', second, ...q, '--policy', policy, '--state', state, '--format', 'json', ...args]);
    expect((await piscan(['check', first, ...q, '--policy', policy, '--state', state])).code).toBe(0);
    expect((await gate([])).code).toBe(0); // 30 on its own
    const year = await gate(['--since', '2026-01-01']);
    expect(year.code).toBe(3);
    expect(JSON.parse(year.stdout)).toMatchObject({ persons: 50, cumulative: { since: '2026-01-01', runs: 2 } });
    expect(JSON.parse((await gate(['--since', '2999-01-01'])).stdout)).toMatchObject({ persons: 30, cumulative: { runs: 0 } });
  });

  it('writes the full JSON report with --report', async () => {
    const file = join(dir, 'report.json');
    await piscan(['check', track50, ...q, '--report', file]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schema: 'piscan.report/1', persons: 50, sensitivePersons: 50 });
  });

  it.each([
    ['no export', ['check', '-q'], /no paths to scan/],
    ['--since without --state', ['check', track25, '--since', '2026-01-01'], /--since.*--state/],
    ['a bad date', ['check', track25, '--since', 'last year'], /--since.*date/],
    ['a level the policy lacks', ['check', track25, '--policy', 'cn-cross-border', '--fail-on', 'serious'], /--fail-on.*cn-cross-border.*standard_contract/],
  ])('exits 2 on a usage error: %s', async (_what, args, message) => {
    const r = await piscan(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
