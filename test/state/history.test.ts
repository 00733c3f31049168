// The state's history keeps the runs of the last --history-days, and always the latest two.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/jsonReport.js';
import { listRuns, pruneRuns, recordRun } from '../../src/state/history.js';
import { piscan } from '../cli.js';

const reportAt = (startedAt: string): Report => ({ scan: { startedAt } }) as unknown as Report;

async function historyOf(starts: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'piscan-history-'));
  for (const s of starts) await recordRun(dir, reportAt(s), Buffer.alloc(18));
  return dir;
}

describe('history retention', () => {
  it('drops the runs that started before the cut, report and snapshot', async () => {
    const dir = await historyOf(['2025-01-01T01:00:00.000Z', '2025-06-01T01:00:00.000Z', '2026-11-20T01:00:00.000Z', '2026-11-21T01:00:00.000Z', '2026-11-22T01:00:00.000Z']);
    expect(await pruneRuns(dir, new Date('2026-01-01T00:00:00Z'))).toBe(2);
    expect((await listRuns(dir)).map((r) => r.id)).toEqual(['2026-11-20T01-00-00.000Z', '2026-11-21T01-00-00.000Z', '2026-11-22T01-00-00.000Z']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.persons'))).toHaveLength(3);
  });
  it('keeps the latest two, however old, for piscan diff', async () => {
    const dir = await historyOf(['2024-01-01T01:00:00.000Z', '2024-02-01T01:00:00.000Z', '2024-03-01T01:00:00.000Z']);
    expect(await pruneRuns(dir, new Date('2026-01-01T00:00:00Z'))).toBe(1);
    expect((await listRuns(dir)).map((r) => r.startedAt.toISOString())).toEqual(['2024-02-01T01:00:00.000Z', '2024-03-01T01:00:00.000Z']);
  });
  it('is applied by a scan with --state after it saves its run: a planted run of 2020 goes, the fresh ones stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piscan-history-cli-'));
    const state = join(dir, 'state');
    writeFileSync(join(dir, 'a.csv'), '姓名,手机号\n张伟,13812345678\n');
    const args = ['scan', join(dir, 'a.csv'), '--state', state, '--hash-key', 'k', '-q', '--history-days', '30'];
    for (let i = 0; i < 3; i++) expect((await piscan(args)).code).toBe(0);
    await recordRun(join(state, 'history'), reportAt('2020-01-01T00:00:00.000Z'), Buffer.alloc(18));
    expect(await listRuns(join(state, 'history'))).toHaveLength(4);
    expect((await piscan(args)).code).toBe(0);
    const runs = await listRuns(join(state, 'history'));
    expect(runs).toHaveLength(4);
    expect(runs.every((r) => r.startedAt.getUTCFullYear() > 2020)).toBe(true);
  });
});
