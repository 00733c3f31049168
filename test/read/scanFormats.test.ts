// End to end through scanFile: each new format yields personal records with the right
// legal category, and nothing raw leaves the scanner.
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { createScanContext, scanFile, type ScanContext } from '../../src/scan/fileScanner.js';
import type { FileSummary, PersonalRecord } from '../../src/types.js';
import { NOW } from '../helpers.js';
import { tempDir } from './readHelpers.js';

const file = tempDir();
let ctx: ScanContext;
beforeAll(() => {
  ctx = createScanContext({ hashKey: 'test-key', nowMs: NOW.getTime(), maxRecordChars: 1 << 20 });
});

async function scan(path: string): Promise<{ summary: FileSummary; records: PersonalRecord[] }> {
  const records: PersonalRecord[] = [];
  const { size, mtimeMs } = statSync(path);
  const summary = await scanFile({ absPath: path, size, mtimeMs }, ctx, (batch) => records.push(...batch));
  return { summary, records };
}

const RAW = ['13812345678', '13912345678', '360426199101010071', '412723199010050012'];

describe('scanning the new formats', () => {
  it('finds patients in a workbook with a title row, as health records, with damaged numbers unverified', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['门诊病人登记表'],
        ['姓名', '手机号', '身份证号', '诊断'],
        ['张伟', 13812345678, '360426199101010071', '高血压'],
        ['王芳', '1.39123E+10', '', '糖尿病'],
      ]),
      '登记',
    );
    const path = file('clinic.xlsx');
    XLSX.writeFile(book, path);
    const { summary, records } = await scan(path);
    expect(summary.error).toBeNull();
    expect(summary.format).toBe('xlsx');
    expect(records.map((r) => [r.sheet, r.record, r.category])).toEqual([['登记', 1, 'health']]);
    expect(summary.entities.cn_mobile).toEqual({ found: 1, unverified: 1, excluded: 0 });
    expect(JSON.stringify(records)).not.toMatch(new RegExp(RAW.join('|')));
  });

  it('finds buyers in a JSON export by their path hints, as transaction records', async () => {
    const orders = [
      { order: { no: 'A1001', amount: 99.5 }, buyer: { name: '张伟', phone: '13812345678' } },
      { order: { no: 'A1002', amount: 12 }, buyer: { name: '李娜', idcard: '412723199010050012' } },
    ];
    const { summary, records } = await scan(file('orders.json', JSON.stringify(orders)));
    expect(summary.format).toBe('json');
    expect(records.map((r) => [r.record, r.category])).toEqual([
      [1, 'transaction'],
      [2, 'transaction'],
    ]);
    expect(records[0].detections.map((d) => d.field)).toContain('buyer.phone');
  });

  it('finds hotel guests in a mysqldump, as accommodation records', async () => {
    const dump = [
      'CREATE TABLE `guests` (`guest_name` varchar(20), `mobile` varchar(20), `checkin` date, `room_no` varchar(8));',
      "INSERT INTO `guests` VALUES ('张伟','13812345678','2026-10-01','1203'),('王芳','13912345678','2026-10-02','0807');",
    ].join('\n');
    const { summary, records } = await scan(file('hotel.sql', dump));
    expect(summary.format).toBe('sql');
    expect(records.map((r) => [r.sheet, r.record, r.category])).toEqual([
      ['guests', 1, 'accommodation'],
      ['guests', 2, 'accommodation'],
    ]);
    expect(JSON.stringify(records)).not.toMatch(new RegExp(RAW.join('|')));
  });

  it('fails a corrupt workbook with one line and goes on', async () => {
    const { summary, records } = await scan(file('bad.xlsx', Buffer.concat([Buffer.from('PK\x03\x04xl/'), Buffer.alloc(64, 7)])));
    expect(records).toEqual([]);
    expect(summary.error).toMatch(/^not a readable workbook: [^\n]+$/);
  });
});
