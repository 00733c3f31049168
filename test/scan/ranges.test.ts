// A large text or CSV file is cut into byte ranges read by several workers at once: the
// outcome (persons, items, records, per-file figures, findings and their record numbers)
// must be the one a single reading gives, and a file that cannot be cut safely is not.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planRanges } from '../../src/read/recordCuts.js';
import { person, scan, tempDir } from '../scanHelpers.js';

const RANGE = 2048;
const MAX_RECORD = 1 << 20;
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function fileIn(name: string, content: string | Buffer): { dir: string; path: string } {
  const { dir, cleanup } = tempDir('ranges');
  cleanups.push(cleanup);
  const path = join(dir, name);
  writeFileSync(path, content);
  return { dir, path };
}

async function ranges(path: string): Promise<number | undefined> {
  const { size, mtimeMs } = statSync(path);
  return (await planRanges({ absPath: path, size, mtimeMs }, RANGE, MAX_RECORD))?.length;
}

/** Scans the folder whole (inline) and cut into ranges on 2 and 3 workers; returns the three outcomes' comparable parts. */
async function outcomes(dir: string): Promise<unknown[]> {
  const runs = [
    { workers: 0, rangeBytes: RANGE },
    { workers: 2, rangeBytes: RANGE },
    { workers: 3, rangeBytes: RANGE },
  ];
  const out: unknown[] = [];
  for (const [i, run] of runs.entries()) {
    const findingsFile = join(dir, `..findings-${i}.jsonl`);
    const o = await scan([dir], { ...run, findingsFile, walk: { include: [], exclude: ['**/..findings-*'], maxFileSize: 1 << 30, hidden: false, followSymlinks: false } });
    out.push({ persons: o.tally.persons, categories: o.tally.categories, entities: o.tally.entities, files: o.tally.files, findings: readFileSync(findingsFile, 'utf8') });
  }
  return out;
}

/** Rows of people with a quoted remark that holds commas, doubled quotes and line breaks. */
function csvRows(count: number, eol: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const p = person(i % 97);
    const remark = i % 3 === 0 ? `"备注,含逗号${eol}第二行 ""引号"" ${i}"` : `普通备注${i}`;
    return [p.name, p.id, p.mobile, remark].join(',');
  });
}

describe('byte ranges of one large file', () => {
  it('a CSV with a header, quoted line breaks, CRLF and a BOM: the same outcome on 1, 2 and 3 workers', async () => {
    const text = ['姓名,身份证号,手机号,备注', ...csvRows(400, '\r\n')].join('\r\n') + '\r\n';
    const { dir, path } = fileIn('export.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(await ranges(path)).toBeGreaterThan(5);
    const [whole, two, three] = await outcomes(dir);
    expect(two).toEqual(whole);
    expect(three).toEqual(whole);
    expect((whole as { files: { records: number }[] }).files[0].records).toBe(400);
  });

  it('a CSV whose first row is data, not a header: it counts once, in the first range', async () => {
    const { dir, path } = fileIn('rows.csv', csvRows(300, '\n').join('\n'));
    expect(await ranges(path)).toBeGreaterThan(3);
    const [whole, two] = await outcomes(dir);
    expect(two).toEqual(whole);
    expect((whole as { files: { records: number }[] }).files[0].records).toBe(300);
  });

  it('a log, line numbers included, and a TSV', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => {
      const p = person(i % 61);
      return i % 4 === 0 ? `2026-11-01 10:00:${String(i % 60).padStart(2, '0')} INFO 实名认证 姓名：${p.name} 身份证：${p.id}` : `2026-11-01 10:00:00 DEBUG cache hit ${i}`;
    });
    const { dir, path } = fileIn('app.log', lines.join('\n') + '\n');
    writeFileSync(join(dir, 'calls.tsv'), ['主叫\t被叫\t通话时长', ...Array.from({ length: 300 }, (_, i) => `${person(i).mobile}\t${person(i + 1).mobile}\t${i}`)].join('\n'));
    expect(await ranges(path)).toBeGreaterThan(5);
    expect(await ranges(join(dir, 'calls.tsv'))).toBeGreaterThan(3);
    const [whole, two, three] = await outcomes(dir);
    expect(two).toEqual(whole);
    expect(three).toEqual(whole);
  });

  it('a CSV with a quote left open, or quoting papaparse reads past, is read whole: same error and counts', async () => {
    const open = fileIn('open.csv', ['姓名,身份证号,手机号,备注', ...csvRows(200, '\n'), '张伟,x,y,"never closed'].join('\n'));
    expect(await ranges(open.path)).toBeUndefined();
    const [whole, two] = await outcomes(open.dir);
    expect(two).toEqual(whole);
    expect((whole as { files: { error: string }[] }).files[0].error).toMatch(/unbalanced quote/);

    const irregular = fileIn('irregular.csv', ['姓名,身份证号,手机号,备注', ...csvRows(200, '\n'), '张伟,x,y,"closed"early\nand on",z'].join('\n'));
    expect(await ranges(irregular.path)).toBeUndefined();
  });

  it('a line longer than the record limit keeps the file whole; so does a small file', async () => {
    const long = fileIn('long.log', `${'x'.repeat(5000)}\n`.repeat(3));
    const { size, mtimeMs } = statSync(long.path);
    expect(await planRanges({ absPath: long.path, size, mtimeMs }, RANGE, 4000)).toBeUndefined();
    expect(await planRanges({ absPath: long.path, size, mtimeMs }, RANGE, 6000)).toBeDefined();
    const small = fileIn('small.csv', '姓名,手机号\n张伟,13812345678\n');
    expect(await ranges(small.path)).toBeUndefined();
  });
});
