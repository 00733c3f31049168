// Workbooks written by the test with the xlsx library, read back through openFile.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { fieldsOf, readAll, tempDir, type ReadResult } from './readHelpers.js';

const file = tempDir();

/** A workbook: a title row merged across the columns, a date line, then the header. */
function customerBook(): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  const customers = XLSX.utils.aoa_to_sheet([
    ['2026年11月客户名单'],
    ['导出时间：2026-11-01'],
    [],
    ['姓名', '手机号', '身份证号', '地址'],
    ['张伟', 13812345678, '360426199101010071', '北京市海淀区中关村大街1号'],
    ['王芳', '1.38123E+10', 110102199101010078, '上海市浦东新区世纪大道100号'],
    [],
    ['李娜', '13912345678', '412723199010050012', '广州市天河区体育西路2号'],
  ]);
  customers['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  XLSX.utils.book_append_sheet(book, customers, '客户');
  const patients = XLSX.utils.aoa_to_sheet([
    ['name', 'phone', '诊断'],
    ['刘洋', 15912345678, '高血压'],
    ['', '', ''],
  ]);
  patients['!merges'] = [{ s: { r: 1, c: 2 }, e: { r: 2, c: 2 } }];
  XLSX.utils.book_append_sheet(book, patients, '门诊');
  return book;
}

describe.each([
  ['xlsx', 'xlsx'],
  ['xls', 'biff8'],
  ['ods', 'ods'],
] as const)('%s workbooks', (ext, bookType) => {
  let read: ReadResult;
  beforeAll(async () => {
    const path = file(`customers.${ext}`);
    XLSX.writeFile(customerBook(), path, { bookType });
    read = await readAll(path);
  });

  it('reads every sheet, numbering records per sheet under a header found below the title rows', () => {
    const { format, records, error } = read;
    expect(error).toBeNull();
    expect(format).toBe(ext);
    expect(records.map((r) => [r.sheet, r.index])).toEqual([
      ['客户', 1],
      ['客户', 2],
      ['客户', 4],
      ['门诊', 1],
      ['门诊', 2],
    ]);
    expect(fieldsOf(records[0])).toEqual({ 姓名: '张伟', 手机号: '13812345678', 身份证号: '360426199101010071', 地址: '北京市海淀区中关村大街1号' });
  });

  it('reads a phone stored as a number as its digits, and flags digits a number or E-notation lost', () => {
    const { records } = read;
    expect(records[0].fields.find((f) => f.name === '手机号')).toEqual({ name: '手机号', value: '13812345678' });
    const wang = records[1].fields;
    expect(wang.find((f) => f.name === '手机号')).toEqual({ name: '手机号', value: '13812300000', damaged: true });
    // 18 digits do not fit the 15 a spreadsheet number keeps
    expect(wang.find((f) => f.name === '身份证号')?.damaged).toBe(true);
  });

  it('gives every cell of a merged range the merged value', () => {
    const { records } = read;
    expect(records.filter((r) => r.sheet === '门诊').map((r) => fieldsOf(r)['诊断'])).toEqual(['高血压', '高血压']);
  });
});

describe('dates', () => {
  it.each(['xlsx', 'xls'] as const)('reads a date-formatted %s cell as its calendar date, also at UTC+8', async (ext) => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['姓名', '出生日期'],
      ['张伟', 32875],
    ]);
    sheet['B2'].z = 'yyyy-mm-dd';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S');
    const path = file(`dates.${ext}`);
    XLSX.writeFile(book, path, { bookType: ext === 'xls' ? 'biff8' : ext });
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai'; // where SheetJS's own Date cells come out 43 s early
    try {
      const { records } = await readAll(path);
      expect(fieldsOf(records[0])['出生日期']).toBe('1990-01-02');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('hostile and broken workbooks', () => {
  it('fails a zip with an xl/ part and random bytes with one clear line', async () => {
    const header = Buffer.from('504b0304140000000800000000000000000000000000000000000b000000', 'hex');
    const path = file('corrupt.xlsx', Buffer.concat([header, Buffer.from('xl/workbook'), randomBytes(4096)]));
    const { format, records, error } = await readAll(path);
    expect(format).toBe('xlsx');
    expect(records).toEqual([]);
    expect(error).toMatch(/^not a readable workbook: /);
    expect(error).not.toContain('\n');
  });

  it('stops a parser that outlives its time limit and fails only that file', async () => {
    const path = file('slow.xlsx');
    XLSX.writeFile(customerBook(), path);
    const { error } = await readAll(path, { workbookBusyMs: 1 });
    expect(error).toMatch(/took longer than 0.001 s/);
  });
});
