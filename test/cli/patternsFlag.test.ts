// The CLI side of --patterns and --min-confidence: a bad pattern file or value is a usage
// error (exit 2, one line); a good one adds its type to the report.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = new URL('../../dist/src/cli/main.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'piscan-cli-patterns-'));
writeFileSync(join(dir, 'staff.csv'), '姓名,工号\n张伟,EMP-123456\n李娜,EMP-654321\n');
const good = join(dir, 'good.json');
writeFileSync(good, JSON.stringify({ entities: [{ id: 'staff_no', kind: 'identifier', patterns: ['\\bEMP-\\d{6}\\b'], examples: { match: ['EMP-123456'], noMatch: ['EMP-12345'] } }] }));
const bad = join(dir, 'bad.json');
writeFileSync(bad, JSON.stringify({ entities: [{ id: 'broken', patterns: ['([a-z]'] }] }));

const run = (...args: string[]) => spawnSync('node', [main, 'scan', join(dir, 'staff.csv'), '--workers', '0', ...args], { encoding: 'utf8' });

describe('scan --patterns', () => {
  it('counts the added type', () => {
    const report = JSON.parse(execFileSync('node', [main, 'scan', join(dir, 'staff.csv'), '--workers', '0', '--format', 'json', '--patterns', good], { encoding: 'utf8' })) as {
      scan: { personalRecords: number };
    };
    expect(report.scan.personalRecords).toBe(2);
  });
  it('refuses an invalid RE2 with exit 2 and one line naming the pattern', () => {
    const r = run('--patterns', bad);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('pattern broken: invalid RE2 pattern');
  });
  it('refuses a confidence outside 0-1', () => {
    const r = run('--min-confidence', '1.5');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--min-confidence');
  });
});
