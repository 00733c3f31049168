// Broken input never stops a scan: each bad file ends as one error (or skip) with a clear
// reason, and the totals of the good files are exactly what they are without it.
import { appendFileSync, chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBuffer, writeZip, zipBuffer } from '../../samples/writers/archive.js';
import type { ScanOutcome } from '../../src/scan/scanner.js';
import { person, peopleCsv, scan, tempDir, totals } from '../scanHelpers.js';

const { dir: base, cleanup } = tempDir('broken');
afterAll(cleanup);

const MAX_RECORD = 4096;
const runningAsRoot = process.getuid?.() === 0;

let n = 0;
async function goodFiles(): Promise<string> {
  const dir = join(base, `good-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.csv'), peopleCsv(0, 5));
  await writeZip(join(dir, 'b.zip'), [{ path: 'b.csv', content: peopleCsv(5, 5) }]);
  return dir;
}

/** Each bad file holds people found nowhere else: any of them read would change the totals. */
const badFiles: Record<string, { make: (file: string) => Promise<void> | void; duringScan?: (file: string) => void; error: string | RegExp }> = {
  'truncated.zip': {
    make: async (file) => {
      const zip = await zipBuffer([{ path: 'p.csv', content: peopleCsv(100, 20) }]);
      writeFileSync(file, zip.subarray(0, zip.length - 30));
    },
    error: /^corrupt or truncated zip archive: End of central directory record signature not found/,
  },
  'corrupt.csv.gz': {
    make: (file) => {
      const gz = gzipBuffer(peopleCsv(200, 20));
      gz.fill(0xff, 10, 20); // the first deflate block: an invalid block type
      writeFileSync(file, gz);
    },
    error: /^corrupt or truncated gzip data: /,
  },
  'unbalanced.csv': {
    make: (file) => writeFileSync(file, '姓名,身份证号,手机号\n"unclosed,x,y\n' + peopleCsv(300, 20).split('\n').slice(1).join('\n')),
    error: 'unbalanced quote: the record starting on line 2 has no closing quote',
  },
  'one-line.txt': {
    make: (file) => {
      const p = person(400);
      writeFileSync(file, 'x'.repeat(3 * MAX_RECORD) + ` 姓名：${p.name} 身份证：${p.id} 手机：${p.mobile}`);
    },
    error: `line 1 is longer than ${MAX_RECORD} characters (not a text file, or one record per file)`,
  },
  'deleted.csv': {
    make: (file) => writeFileSync(file, peopleCsv(500, 20)),
    duringScan: (file) => rmSync(file),
    error: 'file disappeared during the scan (ENOENT)',
  },
  'growing.csv': {
    make: (file) => writeFileSync(file, '姓名,身份证号,手机号\n'),
    duringScan: (file) => appendFileSync(file, peopleCsv(600, 20).split('\n').slice(1).join('\n')),
    error: /^file changed during the scan \(\d+ → \d+ bytes\); its first \d+ bytes were read$/,
  },
  'now-a-folder.csv': {
    make: (file) => writeFileSync(file, peopleCsv(700, 20)),
    duringScan: (file) => {
      rmSync(file);
      mkdirSync(file);
    },
    error: 'is a folder now, not a file (EISDIR)',
  },
};

async function scanWith(bad: string[], workers = 0): Promise<ScanOutcome> {
  const good = await goodFiles();
  for (const name of bad) await badFiles[name].make(join(good, name));
  return scan([good], {
    workers,
    maxRecordChars: MAX_RECORD,
    onWalked: () => {
      for (const name of bad) badFiles[name].duringScan?.(join(good, name));
    },
  });
}

describe('one bad file: one error, the other files counted as without it', async () => {
  const reference = totals(await scanWith([]));

  it.each(Object.keys(badFiles))('%s', async (name) => {
    const out = await scanWith([name]);
    const failed = out.tally.files.filter((f) => f.error !== null);
    expect(failed.map((f) => f.path)).toEqual([name]);
    expect(failed[0].error).toMatch(badFiles[name].error);
    expect(failed[0].personalRecords).toBe(0);
    expect(out.files.failed).toBe(1);
    expect(totals(out)).toEqual(reference);
  });

  it('all of them at once, on worker threads', async () => {
    const names = Object.keys(badFiles);
    const out = await scanWith(names, 2);
    expect(out.tally.files.filter((f) => f.error !== null).map((f) => f.path).sort()).toEqual([...names].sort());
    expect(totals(out)).toEqual(reference);
  });

  // Root reads any file whatever its mode, so chmod 000 cannot make EACCES here.
  it.skipIf(runningAsRoot)('an unreadable file (chmod 000) is "permission denied"', async () => {
    const good = await goodFiles();
    writeFileSync(join(good, 'locked.csv'), peopleCsv(800, 5));
    chmodSync(join(good, 'locked.csv'), 0o000);
    const out = await scan([good]);
    expect(out.tally.files.find((f) => f.path === 'locked.csv')?.error).toBe('permission denied (EACCES)');
    expect(totals(out)).toEqual(reference);
  });
});
