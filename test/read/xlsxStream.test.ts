// The .xlsx stream reader: the same rows as SheetJS on workbooks SheetJS writes, the parts of
// the format SheetJS's writer never produces (namespace prefixes, rich text with phonetic
// guides, rows and cells without references, ISO date cells, East Asian built-in date
// formats), the fallback to SheetJS on XML it cannot read, and memory bounded by the shared
// strings instead of the rows.
import { createWriteStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import yazl from 'yazl';
import { readWorkbook, sheetjsRows } from '../../src/read/sheetjsRows.js';
import type { SheetRow } from '../../src/read/sheetRecords.js';
import { readBook } from '../../src/read/xlsxBook.js';
import { XlsxPackage } from '../../src/read/xlsxPackage.js';
import { xlsxSheetRows } from '../../src/read/xlsxSheet.js';
import { fieldsOf, readAll, tempDir } from './readHelpers.js';

const file = tempDir();

async function streamed(path: string, batchRows = 500): Promise<[string, SheetRow[]][]> {
  const pkg = await XlsxPackage.open(path);
  try {
    const book = await readBook(pkg);
    const out: [string, SheetRow[]][] = [];
    for (const { name, part } of book!.sheets) {
      const rows: SheetRow[] = [];
      for await (const batch of xlsxSheetRows(pkg, part, book!, batchRows)) rows.push(...batch);
      out.push([name, rows]);
    }
    return out;
  } finally {
    pkg.close();
  }
}

function bySheetJS(path: string): [string, SheetRow[]][] {
  const book = readWorkbook(path);
  return book.SheetNames.map((name) => [name, [...sheetjsRows(book.Sheets[name], 500)].flat()]);
}

/** Customers and a ward list: strings, phones and IDs as numbers, dates, booleans, merged ranges, gaps. */
function sampleBook(): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  const customers = XLSX.utils.aoa_to_sheet([
    ['2026年11月客户名单'],
    [],
    ['姓名', '手机号', '身份证号', '出生日期', '会员', '余额'],
    ['张伟', 13812345678, '360426199101010071', 32875, true, 1234.5],
    ['王芳', '1.38123E+10', 110102199101010078, 33000, false, -7],
    [],
    ['李娜', '13912345678 ', '412723199010050012', null, null, 0],
  ]);
  customers['D4'].z = 'yyyy-mm-dd';
  customers['D5'].z = 'm/d/yy h:mm';
  customers['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  XLSX.utils.book_append_sheet(book, customers, '客户');
  const ward = XLSX.utils.aoa_to_sheet([
    ['病区', '姓名', '诊断'],
    ['心内科', '刘洋', '高血压'],
    [null, '陈静', null],
    [null, '赵磊', '糖尿病'],
  ]);
  ward['!merges'] = [
    { s: { r: 1, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 1, c: 2 }, e: { r: 2, c: 2 } },
  ];
  XLSX.utils.book_append_sheet(book, ward, '病区');
  return book;
}

describe('rows as SheetJS reads them', () => {
  it.each([
    ['inline strings', false],
    ['a shared-string table', true],
  ])('gives the same rows, cell for cell, for a workbook written with %s', async (_, bookSST) => {
    const path = file(`same-${String(bookSST)}.xlsx`);
    XLSX.writeFile(sampleBook(), path, { bookSST });
    const rows = await streamed(path);
    expect(rows).toEqual(bySheetJS(path));
    // and the reads are real: the merged ward name fills the rows below it, the date is a date
    expect(rows[1][1].map((r) => r.cells[0]?.value)).toEqual(['病区', '心内科', '心内科', '心内科']);
    expect(rows[0][1].find((r) => r.row === 3)?.cells[3]?.value).toBe('1990-01-02');
  });

  it('hands rows on in batches of the size asked for', async () => {
    const path = file('batches.xlsx');
    const rows = Array.from({ length: 1_234 }, (_, i) => [`客户${i}`, 13800000000 + i]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['姓名', '手机号'], ...rows]), 'S');
    XLSX.writeFile(book, path);
    const pkg = await XlsxPackage.open(path);
    const parsed = (await readBook(pkg))!;
    const sizes: number[] = [];
    for await (const batch of xlsxSheetRows(pkg, parsed.sheets[0].part, parsed, 500)) sizes.push(batch.length);
    pkg.close();
    expect(sizes).toEqual([500, 500, 235]);
  });
});

/** Writes a zip of these parts. */
function writeZip(path: string, parts: Record<string, string>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', () => resolve(path)).on('error', reject);
  });
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An .xlsx package of one sheet named 会员 with these parts' XML (prefix `x:` or none). */
function xlsxParts(sheet: string, opts: { strings?: string; styles?: string; prefix?: string } = {}): Record<string, string> {
  const x = opts.prefix ?? '';
  const ns = x ? `xmlns:${x.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${ns} xmlns:r="${REL}"><${x}sheets><${x}sheet name="会员" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns}><${x}sheetData>${sheet}</${x}sheetData></${x}worksheet>`,
  };
  if (opts.strings !== undefined) {
    rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><${x}sst ${ns}>${opts.strings}</${x}sst>`;
  }
  if (opts.styles !== undefined) {
    // an absolute target, as some writers give
    rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
    parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><${x}styleSheet ${ns}>${opts.styles}</${x}styleSheet>`;
  }
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
  return parts;
}

describe('what SheetJS does not write', () => {
  it('reads prefixed elements, rich text without its phonetic guide, escapes, unnumbered rows and cells, ISO and East Asian dates', async () => {
    const x = 'x:';
    const si = (t: string): string => `<x:si><x:t xml:space="preserve">${t}</x:t></x:si>`;
    const strings = [
      si('姓名'),
      si('手机号'),
      si('地址'),
      si('出生日期'),
      si('会员'),
      // 张伟 in two runs, with a phonetic guide over it
      '<x:si><x:r><x:t>张</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>伟</x:t></x:r><x:rPh sb="0" eb="2"><x:t>zhang wei</x:t></x:rPh></x:si>',
      si('北京市海淀区中关村大街1号&amp;2号_x000D_'),
    ].join('');
    // style 1: built-in format 31, a Chinese Excel's yyyy"年"m"月"d"日", not written in the file
    const styles = '<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="31" applyNumberFormat="1"/></x:cellXfs>';
    const sheet =
      '<x:row r="1">' + [0, 1, 2, 3, 4].map((i) => `<x:c t="s"><x:v>${i}</x:v></x:c>`).join('') + '</x:row>' +
      '<x:row><x:c t="s"><x:v>5</x:v></x:c><x:c><x:v>13812345678</x:v></x:c><x:c t="s"><x:v>6</x:v></x:c><x:c s="1"><x:v>32875</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>李娜</x:t></x:is></x:c><x:c r="B4" t="str"><x:v>13912345678</x:v></x:c>' +
      '<x:c r="D4" t="d"><x:v>1991-01-01T00:00:00</x:v></x:c><x:c r="E4" t="e"><x:v>#N/A</x:v></x:c></x:row>';
    const path = await writeZip(file('prefixed.xlsx'), xlsxParts(sheet, { strings, styles, prefix: x }));
    const { records, error } = await readAll(path);
    expect(error).toBeNull();
    expect(records.map((r) => [r.sheet, r.index, fieldsOf(r)])).toEqual([
      ['会员', 1, { 姓名: '张伟', 手机号: '13812345678', 地址: '北京市海淀区中关村大街1号&2号\r', 出生日期: '1990-01-02', 会员: 'TRUE' }],
      ['会员', 3, { 姓名: '李娜', 手机号: '13912345678', 出生日期: '1991-01-01' }],
    ]);
  });
});

describe('XML the stream cannot read', () => {
  it('hands the file to SheetJS, which goes on after the rows already sent: each row once', async () => {
    const rows = Array.from({ length: 1_300 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>客户${i}</t></is></c><c r="B${i + 2}"><v>${13800000000 + i}</v></c></row>`);
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>手机号</t></is></c></row>';
    // not well-formed: a stray end tag after the last row
    const path = await writeZip(file('malformed.xlsx'), xlsxParts(header + rows.join('') + '</stray>'));
    await expect(streamed(path)).rejects.toThrow();
    const { records, error } = await readAll(path);
    expect(error).toBeNull();
    expect(records.map((r) => r.index)).toEqual(Array.from({ length: 1_300 }, (_, i) => i + 1));
    expect(fieldsOf(records[1_299])).toEqual({ 姓名: '客户1299', 手机号: '13800001299' });
  });
});

describe('memory', () => {
  it('grows with the shared strings, not the rows: a long sheet reads under a limit its strings do not fit', async () => {
    const limit = { workbookHeapMb: 40 };
    const rowsXml = (n: number, cell: (i: number) => string): string =>
      Array.from({ length: n }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" ${cell(i)}</c></row>`).join('');
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>';
    // 60,000 rows, one short string each, inline (SheetJS, reading the file whole, needs more)
    const long = await writeZip(file('long.xlsx'), xlsxParts(header + rowsXml(60_000, (i) => `t="inlineStr"><is><t>客户${i}</t></is>`)));
    const read = await readAll(long, limit);
    expect(read.error).toBeNull();
    expect(read.records).toHaveLength(60_000);
    // 20,000 distinct strings of 1,000 characters in the table
    const strings = Array.from({ length: 20_000 }, (_, i) => `<si><t>${String(i).padStart(6, '0')}${'客'.repeat(994)}</t></si>`).join('');
    const wide = await writeZip(file('wide.xlsx'), xlsxParts(header + rowsXml(10, (i) => `t="s"><v>${i}</v>`), { strings }));
    expect((await readAll(wide, limit)).error).toMatch(/memory limit/);
  });
});
