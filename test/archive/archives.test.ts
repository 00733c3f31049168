// Archives as virtual folders: members are scanned like files and reported as
// `a.zip!dir/b.csv`; every limit stops only the member (or archive) that crosses it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { gzipBuffer, tarBuffer, writeGzip, writeTar, writeTarGz, writeZip, zipBuffer } from '../../samples/writers/archive.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../../src/archive/limits.js';
import { fileOf, peopleCsv, person, scan, tempDir, totals } from '../scanHelpers.js';

const { dir: base, cleanup } = tempDir('archives');
afterAll(cleanup);

let n = 0;
function folder(): string {
  const dir = join(base, String(++n));
  mkdirSync(dir);
  return dir;
}

function withLimits(limits: Partial<ArchiveLimits>) {
  return { walk: { include: [], exclude: [], maxFileSize: 1 << 30, hidden: false, followSymlinks: false, archives: { ...DEFAULT_ARCHIVE_LIMITS, ...limits } } };
}

/** Runs a scan with its temporary files under `tmp` (os.tmpdir() reads TMPDIR each time). */
async function withTmpdir<T>(tmp: string, run: () => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

/** Sets the "encrypted" flag of every entry, as a password-protected zip has it. */
function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out[i + 6] |= 1;
    if (sig === 0x02014b50) out[i + 8] |= 1;
  }
  return out;
}

/** Rewrites a member's UTF-8 name to other bytes of the same length, without the UTF-8 flag (as Chinese Windows writes it). */
function renameRaw(zip: Buffer, from: string, to: Buffer): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(from, 'utf8');
  for (let at = out.indexOf(name); at !== -1; at = out.indexOf(name, at + 1)) to.copy(out, at);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(i + 6) & ~0x800, i + 6);
    if (sig === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(i + 8) & ~0x800, i + 8);
  }
  return out;
}

describe('archive members are scanned like files', () => {
  it('reports zip, nested zip, gz, tar and tar.gz members by their virtual paths, with the same totals as the files unpacked', async () => {
    const dir = folder();
    await writeZip(join(dir, 'a.zip'), [
      { path: 'dir/b.csv', content: peopleCsv(0, 4) },
      { path: 'inner.zip', content: await zipBuffer([{ path: 'x.csv', content: peopleCsv(10, 4) }]) },
      { path: 'y.csv.gz', content: gzipBuffer(peopleCsv(50, 4)) },
    ]);
    await writeGzip(join(dir, 'c.csv.gz'), peopleCsv(20, 4));
    await writeTarGz(join(dir, 'd.tgz'), [{ path: 'e/f.csv', content: peopleCsv(30, 4) }]);
    await writeTar(join(dir, 'g.tar'), [{ path: 'h.csv', content: peopleCsv(40, 4) }, { path: 'empty.txt', content: '' }]);
    const unpacked = folder();
    for (const [name, from] of [['b', 0], ['x', 10], ['y', 50], ['c', 20], ['f', 30], ['h', 40]] as const) writeFileSync(join(unpacked, `${name}.csv`), peopleCsv(from, 4));

    const inline = await scan([dir]);
    expect(inline.tally.files.map((f) => [f.path, f.format, f.records, f.personalRecords, f.error])).toEqual([
      ['a.zip!dir/b.csv', 'csv', 4, 4, null],
      ['a.zip!inner.zip!x.csv', 'csv', 4, 4, null],
      ['a.zip!y.csv.gz!y.csv', 'csv', 4, 4, null],
      ['c.csv.gz!c.csv', 'csv', 4, 4, null],
      ['d.tgz!e/f.csv', 'csv', 4, 4, null],
      ['g.tar!h.csv', 'csv', 4, 4, null],
      ['g.tar!empty.txt', 'text', 0, 0, null],
    ]);
    expect(totals(inline)).toEqual(totals(await scan([unpacked])));
    const pooled = await scan([dir], { workers: 2 });
    expect(pooled.tally.files).toEqual(inline.tally.files);
  });

  it('removes its temporary copies of nested archives when the scan ends', async () => {
    const dir = folder();
    const tmp = folder();
    await writeZip(join(dir, 'a.zip'), [{ path: 'in.tar.gz', content: gzipBuffer(await tarBuffer([{ path: 'p.csv', content: peopleCsv(0, 2) }])) }]);
    const out = await withTmpdir(tmp, () => scan([dir]));
    expect(fileOf(out, 'a.zip!in.tar.gz!p.csv')?.personalRecords).toBe(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('removes them when the scan is interrupted too (SIGTERM)', async () => {
    const tempSpace = fileURLToPath(new URL('../../dist/src/archive/tempSpace.js', import.meta.url));
    const script = `import { TempSpace } from ${JSON.stringify(tempSpace)};
      import { writeFileSync } from 'node:fs';
      const file = await new TempSpace().file('inner.zip');
      writeFileSync(file, 'copy');
      console.log(file);
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => {}, 10_000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const signal = await new Promise((resolve) => child.on('close', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGTERM');
    expect(out.trim()).toMatch(/piscan-[^/]+\/1\.zip$/);
    expect(existsSync(out.trim())).toBe(false);
  });

  it('names members as their writer meant: GBK names from Chinese Windows, `../` names scanned, not refused', async () => {
    const dir = folder();
    const gbkName = iconv.encode('客户.csv', 'gbk');
    expect(gbkName.length).toBe(Buffer.byteLength('客x.csv'));
    const zip = await zipBuffer([
      { path: '客x.csv', content: peopleCsv(0, 1) },
      { path: 'abcescape.csv', content: peopleCsv(1, 1) },
    ]);
    // yazl will not write a `../` name; a hostile zip has one.
    writeFileSync(join(dir, 'win.zip'), renameRaw(renameRaw(zip, '客x.csv', gbkName), 'abcescape.csv', Buffer.from('../escape.csv')));
    const out = await scan([dir]);
    expect(out.tally.files.map((f) => [f.path, f.personalRecords])).toEqual([
      ['win.zip!客户.csv', 1],
      ['win.zip!../escape.csv', 1],
    ]);
  });

  it('leaves hidden members out like hidden files', async () => {
    const dir = folder();
    await writeZip(join(dir, 'a.zip'), [
      { path: '.env', content: peopleCsv(0, 1) },
      { path: '__MACOSX/._p.csv', content: 'resource fork' },
      { path: 'p.csv', content: peopleCsv(1, 1) },
    ]);
    const out = await scan([dir]);
    expect(out.tally.files.map((f) => f.path)).toEqual(['a.zip!p.csv']);
    expect(out.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['a.zip!.env', 'hidden (use --hidden to scan)'],
      ['a.zip!__MACOSX/._p.csv', 'hidden (use --hidden to scan)'],
    ]);
  });

  it('reads workbook and JSON members in their own formats; the workbook copy for the parser is removed', async () => {
    const dir = folder();
    const tmp = folder();
    const book = XLSX.utils.book_new();
    const rows = [0, 1, 2].map((i) => [person(i).name, person(i).id, person(i).mobile]);
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['姓名', '身份证号', '手机号'], ...rows]), '客户');
    const xlsx = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const json = JSON.stringify([3, 4].map((i) => ({ name: person(i).name, phone: person(i).mobile })));
    await writeZip(join(dir, 'export.zip'), [{ path: 'book.xlsx', content: xlsx }, { path: 'people.json', content: json }]);
    const out = await withTmpdir(tmp, () => scan([dir]));
    expect(out.tally.files.map((f) => [f.path, f.format, f.records, f.personalRecords, f.error])).toEqual([
      ['export.zip!book.xlsx', 'xlsx', 3, 3, null],
      ['export.zip!people.json', 'json', 2, 2, null],
    ]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('writes the same bytes every time (fixed mtimes)', async () => {
    const members = [{ path: 'a/b.csv', content: peopleCsv(0, 3) }];
    expect((await zipBuffer(members)).equals(await zipBuffer(members))).toBe(true);
    expect((await tarBuffer(members)).equals(await tarBuffer(members))).toBe(true);
    expect(gzipBuffer('x').equals(gzipBuffer('x'))).toBe(true);
  });
});

describe('limits and broken archives: one reason for what is not read, the rest goes on', () => {
  it('skips a zip-bomb member by its compression ratio and scans its siblings', async () => {
    const dir = folder();
    await writeZip(join(dir, 'bomb.zip'), [
      { path: 'zeros.csv', content: Buffer.alloc(4 << 20) },
      { path: 'ok.csv', content: peopleCsv(0, 3) },
    ]);
    const out = await scan([dir]);
    expect(out.skipped).toEqual([{ path: 'bomb.zip!zeros.csv', reason: expect.stringMatching(/^compression ratio \d+:1 over 200:1 \(zip bomb\?\) \(--max-archive-ratio\)$/) }]);
    expect(fileOf(out, 'bomb.zip!ok.csv')?.personalRecords).toBe(3);
  });

  it('skips members past the total uncompressed bytes of their archive', async () => {
    const dir = folder();
    await writeZip(join(dir, 'big.zip'), [
      { path: '1.csv', content: peopleCsv(0, 3) },
      { path: '2.csv', content: peopleCsv(3, 3) },
    ]);
    const out = await scan([dir], withLimits({ maxBytes: 200 }));
    expect(out.tally.files.map((f) => f.path)).toEqual(['big.zip!1.csv']);
    expect(out.skipped).toEqual([{ path: 'big.zip!2.csv', reason: 'archive holds more than 200 uncompressed bytes (--max-archive-bytes)' }]);
  });

  it('skips a gzip whose size is over the byte limit', async () => {
    const dir = folder();
    await writeGzip(join(dir, 'p.csv.gz'), peopleCsv(0, 20));
    const out = await scan([dir], withLimits({ maxBytes: 300 }));
    expect(out.tally.files).toEqual([]);
    expect(out.skipped).toEqual([{ path: 'p.csv.gz!p.csv', reason: 'archive holds more than 300 uncompressed bytes (--max-archive-bytes)' }]);
  });

  it('stops reading a gzip at the byte limit when its size trailer lies', async () => {
    const dir = folder();
    // (ISIZE is the size mod 2^32: a 4 GiB + 10 bytes file says 10.) zlib only checks it at the end.
    const lines = Array.from({ length: 300_000 }, (_, i) => `line ${i}`).join('\n');
    const gz = gzipBuffer(lines);
    gz.writeUInt32LE(10, gz.length - 4);
    writeFileSync(join(dir, 'p.csv.gz'), gz);
    const out = await scan([dir], withLimits({ maxBytes: 100_000 }));
    expect(out.tally.files.map((f) => [f.path, f.error])).toEqual([['p.csv.gz!p.csv', 'gzip data larger than 100000 bytes uncompressed (--max-archive-bytes)']]);
  });

  it('opens archives nested up to --max-archive-depth and names the deeper one', async () => {
    const dir = folder();
    const level3 = await zipBuffer([{ path: 'l3.csv', content: peopleCsv(0, 1) }, { path: 'l4.zip', content: await zipBuffer([{ path: 'deep.csv', content: peopleCsv(1, 1) }]) }]);
    await writeZip(join(dir, 'l1.zip'), [{ path: 'l2.zip', content: await zipBuffer([{ path: 'l3.zip', content: level3 }]) }]);
    const out = await scan([dir]);
    expect(out.tally.files.map((f) => f.path)).toEqual(['l1.zip!l2.zip!l3.zip!l3.csv']);
    expect(out.skipped).toEqual([{ path: 'l1.zip!l2.zip!l3.zip!l4.zip', reason: 'archive nested more than 3 deep, not opened (--max-archive-depth)' }]);
  });

  it('scans the first --max-archive-members members and says the rest were not scanned', async () => {
    const dir = folder();
    await writeZip(join(dir, 'many.zip'), Array.from({ length: 5 }, (_, i) => ({ path: `${i}.csv`, content: peopleCsv(i, 1) })));
    const out = await scan([dir], withLimits({ maxMembers: 3 }));
    expect(out.tally.files.map((f) => f.path)).toEqual(['many.zip!0.csv', 'many.zip!1.csv', 'many.zip!2.csv']);
    expect(out.skipped).toEqual([{ path: 'many.zip', reason: 'archive has more than 3 members, the rest were not scanned (--max-archive-members)' }]);
  });

  it('reports an encrypted zip member, not a crash', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'secret.zip'), markEncrypted(await zipBuffer([{ path: 'p.csv', content: peopleCsv(0, 2) }])));
    const out = await scan([dir]);
    expect(out.skipped).toEqual([{ path: 'secret.zip!p.csv', reason: 'encrypted zip member' }]);
    expect(out.tally.files).toEqual([]);
  });

  it('reports a truncated zip as one error for the archive', async () => {
    const dir = folder();
    const zip = await zipBuffer([{ path: 'p.csv', content: peopleCsv(0, 20) }]);
    writeFileSync(join(dir, 'cut.zip'), zip.subarray(0, zip.length >> 1));
    const out = await scan([dir]);
    expect(out.tally.files.map((f) => [f.path, f.records, f.error])).toEqual([
      ['cut.zip', 0, 'corrupt or truncated zip archive: End of central directory record signature not found. Either not a zip file, or file is truncated.'],
    ]);
    expect(out.files).toEqual({ scanned: 1, skipped: 0, failed: 1 });
  });

  it('reports --max-archive-depth 0 as archives not opened', async () => {
    const dir = folder();
    await writeZip(join(dir, 'a.zip'), [{ path: 'p.csv', content: peopleCsv(0, 1) }]);
    const out = await scan([dir], withLimits({ maxDepth: 0 }));
    expect(out.skipped).toEqual([{ path: 'a.zip', reason: 'archive nested more than 0 deep, not opened (--max-archive-depth)' }]);
  });
});
