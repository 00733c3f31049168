// Each file is decoded with the encoding it was written in, and the report says which:
// the same people in UTF-8, UTF-8 with BOM, UTF-16 LE/BE (with and without BOM), GBK
// and Big5 give the same counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes, sniffEncoding } from '../../src/read/encoding.js';
import { person, peopleCsv, scan, tempDir } from '../scanHelpers.js';

const { dir: base, cleanup } = tempDir('encodings');
afterAll(cleanup);

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

/** Taiwan-style export in traditional characters (Big5 has no simplified ones). */
function traditionalCsv(): string {
  const names = ['陳志明', '林美玲', '黃淑芬', '張家豪', '李建宏', '王雅婷', '吳俊傑', '劉怡君'];
  const places = ['臺北市大安區忠孝東路四段', '新北市板橋區文化路一段', '臺中市西屯區臺灣大道三段', '高雄市苓雅區四維三路'];
  const rows = names.map((name, i) => `${name},${person(i).id},${places[i % places.length]}${i + 1}號`);
  return ['姓名,身份證號碼,聯絡地址', ...rows].join('\n') + '\n';
}

async function scanOne(name: string, content: Buffer) {
  const dir = join(base, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'people.csv'), content);
  const out = await scan([dir]);
  const file = out.tally.files[0];
  return { encoding: file.encoding, records: file.records, personalRecords: file.personalRecords, entities: out.tally.entities, persons: out.tally.persons };
}

describe('encodings, detected per file', () => {
  const text = peopleCsv(0, 12);
  const variants: [string, Buffer, string][] = [
    ['utf8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['utf16le', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be'],
    ['utf16be', utf16be(text), 'utf-16be'],
    ['gbk', iconv.encode(text, 'gbk'), 'gb18030'],
  ];

  it.each(variants)('%s: same records, entities and persons as UTF-8, reported as its encoding', async (name, bytes, encoding) => {
    const reference = await scanOne(`${name}-ref`, Buffer.from(text, 'utf8'));
    const got = await scanOne(name, bytes);
    expect(got).toEqual({ ...reference, encoding });
    expect(got.records).toBe(12);
    expect(got.entities.find((e) => e.type === 'person_name')?.found).toBe(12);
  });

  it('big5: a traditional-character export is read as Big5, with the same entities as its UTF-8 copy', async () => {
    const tc = traditionalCsv();
    const reference = await scanOne('big5-ref', Buffer.from(tc, 'utf8'));
    const got = await scanOne('big5', iconv.encode(tc, 'big5'));
    expect(got).toEqual({ ...reference, encoding: 'big5' });
    expect(got.records).toBe(8);
  });

  it('decodes GBK and Big5 bytes back to the original text, and keeps a chunk-split BOM out of it', async () => {
    const tc = traditionalCsv();
    const sc = peopleCsv(0, 12);
    const decode = async (bytes: Buffer, chunk: number): Promise<string> => {
      const sniffed = sniffEncoding(bytes);
      async function* chunks(): AsyncGenerator<Buffer> {
        for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
      }
      let out = '';
      for await (const s of decodeBytes(chunks(), sniffed)) out += s;
      return out;
    };
    expect(await decode(iconv.encode(tc, 'big5'), 7)).toBe(tc);
    expect(await decode(iconv.encode(sc, 'gbk'), 7)).toBe(sc);
    expect(await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sc)]), 1)).toBe(sc);
  });

  it('UTF-16 without a BOM whose text is mostly Chinese (few NUL bytes) is still UTF-16', async () => {
    const addresses = Array.from({ length: 20 }, (_, i) => `${person(i).name}，北京市朝阳区建国路${i + 1}号院，联系人${person(i + 1).name}。`).join('\n');
    const le = Buffer.from(addresses, 'utf16le');
    expect(le.filter((b) => b === 0).length).toBeLessThan(le.length * 0.1);
    expect(sniffEncoding(le)).toEqual({ encoding: 'utf-16le', bomLength: 0, binary: false });
    expect(sniffEncoding(utf16be(addresses))).toEqual({ encoding: 'utf-16be', bomLength: 0, binary: false });
    // …while the same text in GBK and UTF-8 is not mistaken for it.
    expect(sniffEncoding(iconv.encode(addresses, 'gbk')).encoding).toBe('gb18030');
    expect(sniffEncoding(Buffer.from(addresses)).encoding).toBe('utf-8');
  });

  it('a sample too short to tell GBK from Big5 is taken as GB18030 (mainland exports are the common case)', () => {
    expect(sniffEncoding(iconv.encode('王', 'gbk')).encoding).toBe('gb18030');
  });
});
