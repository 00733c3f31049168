// Format sniffing: content first, extension second. Binary files are skipped with a
// reason, text without an extension is scanned, a zip named .csv is not read as CSV.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipBuffer } from '../../samples/writers/archive.js';
import { sniffFormat } from '../../src/read/format.js';
import { person, peopleCsv, scan, tempDir } from '../scanHelpers.js';

const sniff = (path: string, text: string | Buffer): string => {
  const s = sniffFormat(path, typeof text === 'string' ? Buffer.from(text) : text);
  return 'skip' in s ? `skip: ${s.skip}` : s.format;
};
const zip = (name: string): Buffer => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(name)]);
const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]);

describe('format sniffing', () => {
  it('knows workbooks by their container, whatever the name', () => {
    expect(sniff('a.bin', zip('xl/workbook.xml'))).toBe('xlsx');
    expect(sniff('a.zip', zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
    // SheetJS compresses the mimetype part: an .ods is then known by its content.xml part
    expect(sniff('a.ods', zip('META-INF/manifest.xmlcontent.xml'))).toBe('ods');
    expect(sniff('a.zip', zip('META-INF/manifest.xmlcontent.xml'))).toBe('skip: unsupported format: zip archive or Office document');
    expect(sniff('a.dat', ole2)).toBe('xls');
    expect(sniff('a.xlsx', zip('word/document.xml'))).toBe('skip: unsupported format: zip archive or Office document');
    expect(sniff('a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe('skip: unsupported format: legacy Office document (OLE2)');
  });

  it('knows JSON, JSON Lines and SQL by their first characters', () => {
    expect(sniff('a.txt', '  [{"a":1}]')).toBe('json');
    expect(sniff('a.txt', '{\n  "a": 1\n}')).toBe('json');
    expect(sniff('a.log', '{"a":1}\n{"a":2}\n')).toBe('jsonl');
    expect(sniff('a.ndjson', '{"a":1}')).toBe('jsonl');
    expect(sniff('a.txt', '-- MySQL dump 10.13\n')).toBe('sql');
    expect(sniff('a.txt', 'insert into t values (1);')).toBe('sql');
    expect(sniff('a.sql', 'SELECT 1;')).toBe('sql');
  });

  it('keeps CSV and text that only look bracketed', () => {
    expect(sniff('a.csv', '[id],[name]\n1,x\n')).toBe('csv');
    expect(sniff('a.txt', '[INFO] started\n')).toBe('text');
  });
});

const { dir, cleanup } = tempDir('format');
afterAll(cleanup);

it('scans text without an extension, skips binary content with its reason', async () => {
  const p = person(1);
  writeFileSync(join(dir, 'CONTACTS'), `客户 ${p.name}，身份证号：${p.id}，手机：${p.mobile}\n`);
  writeFileSync(join(dir, 'nul.csv'), Buffer.concat([Buffer.from(peopleCsv(0, 2)), Buffer.from([0, 1, 2, 0])]));
  // No NUL byte, but control bytes no text holds (a packed record format).
  writeFileSync(join(dir, 'records.dat'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x02 : 0x41 + (i % 26)))));
  writeFileSync(join(dir, 'export.csv'), await zipBuffer([{ path: 'a.csv', content: peopleCsv(0, 2) }]));
  const out = await scan([dir]);
  expect(out.tally.files.map((f) => [f.path, f.format, f.records, f.personalRecords])).toEqual([['CONTACTS', 'text', 1, 1]]);
  expect(out.skipped).toEqual([
    { path: 'export.csv', reason: 'unsupported format: zip archive or Office document' },
    { path: 'nul.csv', reason: 'binary file (NUL bytes, not text)' },
    { path: 'records.dat', reason: 'binary file (control bytes, not text)' },
  ]);
});
