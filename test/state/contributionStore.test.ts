// A state entry gives back exactly the records and summary it was written with, in
// batches, whether it is held in memory or streamed twice; a damaged entry gives nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ContributionWriter, readHeader, replayContribution, type ContributionHeader } from '../../src/state/contributionStore.js';
import type { FileSummary, PersonalRecord } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-entry-'));
const header: ContributionHeader = { v: 1, path: '/data/a.csv', size: 10, mtimeMs: 1, sha256: 'ab', hashedAtMs: 2, settings: 's1' };
const summary: FileSummary = { format: 'csv', encoding: 'utf-8', bytes: 10, records: 5, entities: { cn_mobile: { found: 5, unverified: 0, excluded: 0 } }, error: null, skipped: null };
const records: PersonalRecord[] = [1, 2, 3, 4, 5].map((i) => ({
  sheet: i === 5 ? 'Sheet2' : null,
  record: i,
  category: i % 2 ? 'general' : 'health',
  slots: [{ role: i === 3 ? 'receiver' : '', keys: [`${i}`.padStart(16, '0'), 'ffffffffffffffff'] }],
  detections: [{ type: 'cn_mobile', field: i === 1 ? null : '手机号', value: '138****5678', verified: i !== 4, confidence: 1 }],
}));

async function written(name: string): Promise<string> {
  const file = join(dir, name);
  const w = new ContributionWriter(file, header);
  w.add(records.slice(0, 2));
  w.add([]);
  w.add(records.slice(2));
  await w.commit(summary);
  return file;
}

async function replay(file: string, held?: number): Promise<{ summary: FileSummary | undefined; batches: PersonalRecord[][] }> {
  const batches: PersonalRecord[][] = [];
  const s = await replayContribution(file, (b) => batches.push(b), 2, held);
  return { summary: s, batches };
}

describe('state entries', () => {
  it('round-trip records and summary, held in memory', async () => {
    const file = await written('held.jsonl.gz');
    expect(await readHeader(file)).toEqual(header);
    const r = await replay(file);
    expect(r.summary).toEqual(summary);
    expect(r.batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(r.batches.flat()).toEqual(records);
  });

  it('round-trip when too large to hold (checked first, then streamed)', async () => {
    const r = await replay(await written('streamed.jsonl.gz'), 3);
    expect(r.summary).toEqual(summary);
    expect(r.batches.flat()).toEqual(records);
  });

  it('give nothing when damaged: truncated, without summary, not gzip, or missing', async () => {
    const whole = readFileSync(await written('whole.jsonl.gz'));
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, whole.subarray(0, whole.length - 12));
    const noSummary = join(dir, 'nosummary.jsonl.gz');
    writeFileSync(noSummary, gzipSync(JSON.stringify(header) + '\n[8,null,1,[],[]]\n'));
    const notGzip = join(dir, 'plain.jsonl.gz');
    writeFileSync(notGzip, JSON.stringify(header) + '\n');
    for (const file of [cut, noSummary, notGzip, join(dir, 'missing.jsonl.gz')]) {
      for (const held of [undefined, 0]) expect(await replay(file, held)).toEqual({ summary: undefined, batches: [] });
    }
    expect(await readHeader(notGzip)).toBeUndefined();
  });
});
