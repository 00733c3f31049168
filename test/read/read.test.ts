import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFile } from '../../src/read/reader.js';
import type { DataRecord } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-read-'));
const limits = { maxRecordChars: 1000, isKnownHeader: (c: string) => ['姓名', '手机号'].includes(c) };

async function read(name: string, content: string | Buffer): Promise<{ format: string; encoding: string | null; records: DataRecord[] } | { skip: string }> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const opened = await openFile(path, limits);
  if ('skip' in opened) return opened;
  const records: DataRecord[] = [];
  for await (const r of opened.records) records.push(r);
  return { format: opened.format, encoding: opened.encoding, records };
}

describe('CSV', () => {
  it('takes the first row as header, handles quoted newlines and ragged rows', async () => {
    const r = await read('a.csv', '姓名,手机号\n"张\n伟",13812345678\n李娜,13912345678,extra\n王芳\n');
    if ('skip' in r) throw new Error(r.skip);
    expect(r.records.map((x) => x.index)).toEqual([1, 2, 3]);
    expect(r.records[0].fields).toEqual([{ name: '姓名', value: '张\n伟' }, { name: '手机号', value: '13812345678' }]);
    expect(r.records[1].fields[2]).toEqual({ name: null, value: 'extra' });
    expect(r.records[2].fields).toEqual([{ name: '姓名', value: '王芳' }]);
  });
  it('sniffs the delimiter and sees a header-less file', async () => {
    const r = await read('b.csv', '张伟;13812345678\n李娜;13912345678\n');
    if ('skip' in r) throw new Error(r.skip);
    expect(r.records).toHaveLength(2);
    expect(r.records[0].fields).toEqual([{ name: null, value: '张伟' }, { name: null, value: '13812345678' }]);
  });
  it('reads TSV, a UTF-8 BOM, and GB18030', async () => {
    const tsv = await read('c.tsv', '\ufeff姓名\t手机号\n张伟\t13812345678\n');
    if ('skip' in tsv) throw new Error(tsv.skip);
    expect(tsv.records[0].fields[0]).toEqual({ name: '姓名', value: '张伟' });
    // "姓名,手机号\n张伟,1" in GB18030
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5, 0x0a, 0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0x31, 0x0a]);
    const g = await read('d.csv', gbk);
    if ('skip' in g) throw new Error(g.skip);
    expect(g.encoding).toBe('gb18030');
    expect(g.records[0].fields).toEqual([{ name: '姓名', value: '张伟' }, { name: '手机号', value: '1' }]);
  });
  it('fails a file with a field longer than the limit, keeping what came before', async () => {
    const path = join(dir, 'e.csv');
    writeFileSync(path, '姓名,手机号\n张伟,13812345678\n"' + 'x'.repeat(5000) + '\n');
    const opened = await openFile(path, limits);
    if ('skip' in opened) throw new Error(opened.skip);
    const got: number[] = [];
    await expect(async () => {
      for await (const r of opened.records) got.push(r.index);
    }).rejects.toThrow(/longer than 1000 characters/);
    expect(got).toEqual([1]);
  });
});

describe('text', () => {
  it('yields one record per line, CRLF or LF, numbered from 1', async () => {
    const r = await read('a.log', 'one\r\ntwo\nthree');
    if ('skip' in r) throw new Error(r.skip);
    expect(r.records.map((x) => [x.index, x.fields[0].value])).toEqual([[1, 'one'], [2, 'two'], [3, 'three']]);
  });
  it('reads UTF-16LE with a BOM and without one', async () => {
    const withBom = await read('w.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('手机13812345678\n', 'utf16le')]));
    const noBom = await read('n.txt', Buffer.from('phone 13812345678 and more text\n', 'utf16le'));
    for (const r of [withBom, noBom]) {
      if ('skip' in r) throw new Error(r.skip);
      expect(r.encoding).toBe('utf-16le');
      expect(r.records[0].fields[0].value).toMatch(/13812345678/);
    }
  });
  it('reports a line longer than the limit instead of buffering it', async () => {
    const path = join(dir, 'long.log');
    writeFileSync(path, 'x'.repeat(3000));
    const opened = await openFile(path, limits);
    if ('skip' in opened) throw new Error(opened.skip);
    await expect(async () => {
      for await (const _ of opened.records) void _;
    }).rejects.toThrow(/line 1 is longer than 1000 characters/);
  });
  it('skips binary files and archives with a reason', async () => {
    expect(await read('x.bin', Buffer.from([1, 2, 0, 0, 0, 3]))).toEqual({ skip: 'binary file (NUL bytes, not text)' });
    expect(await read('x.csv', Buffer.from([0x1f, 0x8b, 8, 0]))).toEqual({ skip: 'unsupported format: gzip archive' });
  });
  it('scans a text file without extension', async () => {
    const r = await read('README', '联系人手机 13812345678\n');
    if ('skip' in r) throw new Error(r.skip);
    expect(r.format).toBe('text');
  });
});
