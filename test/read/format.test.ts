// Format sniffing: content first, extension second.
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/read/format.js';

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
