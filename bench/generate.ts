// Writers of the benchmark inputs: a log, a CSV export, an xlsx export and a
// large compact CSV, all deterministic. Each writes in batches, in constant memory.
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { mix, orderNumber, person, type Person } from './synth.js';
import { ZipWriter } from './zipWriter.js';

const BATCH = 20_000;

/** Distinct people behind n records: each appears about 4.8 times, as in the leaked dump of the README. */
export function peopleFor(records: number): number {
  return Math.max(1, Math.floor(records / 4.8));
}

/**
 * The person of record r: records walk the people with a stride coprime to their number,
 * so n ≥ people records use every person, and the exact distinct count is `people`.
 */
export function personOf(r: number, people: number): number {
  const stride = 7_777_777 % people || 1;
  return (r * (gcd(stride, people) === 1 ? stride : 1)) % people;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function ts(r: number): string {
  const s = r % 86400;
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `2026-11-01 ${hh}:${mm}:${ss}.${String(r % 1000).padStart(3, '0')}`;
}

function logLine(r: number, p: Person): string {
  const h = mix(r) % 100;
  const t = ts(r);
  if (h < 20) return `${t} INFO  [sms-gateway] send code to mobile=${p.mobile} status=200 cost=${h}ms trace=${orderNumber(r)}\n`;
  if (h < 28) return `${t} INFO  [kyc] 实名认证 姓名：${p.name} 身份证：${p.residentId} result=pass\n`;
  if (h < 32) return `${t} INFO  [mail] deliver to ${p.email} queue=${r % 97} size=${1000 + h}\n`;
  if (h < 34) return `${t} INFO  [pay] 绑定银行卡号：${p.bankCard} user=${r % 100000}\n`;
  if (h < 36) return `${t} DEBUG [lbs] 位置上报 user=${p.mobile} 经纬度=116.${r % 100000},39.${h}\n`;
  if (h < 60) return `${t} INFO  [order] created ${orderNumber(r)} amount=${(r % 100000) / 100} items=${h % 7} ip=10.${h}.${r % 255}.${r % 200}\n`;
  if (h < 80) return `${t} WARN  [http] GET /api/v2/orders/${r * 13} 200 ${r % 5000}us ua="Mozilla/5.0 (X11; Linux x86_64)"\n`;
  return `${t} DEBUG [cache] hit key=session:${(mix(r + 1) >>> 0).toString(16)} ttl=3600 size=${r % 4096}\n`;
}

const CSV_HEADER = '订单号,姓名,手机号,身份证号,收货地址,金额,下单时间\n';

function csvRow(r: number, p: Person): string {
  return `${orderNumber(r)},${p.name},${p.mobile},${p.residentId},${p.address},${(r % 100000) / 100},${ts(r)}\n`;
}

/** Writes batches of lines until `done(bytes, lines)`; atomically (temp + rename). */
function writeLines(path: string, head: string, line: (r: number) => string, done: (bytes: number, lines: number) => boolean): number {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  let bytes = writeSync(fd, head);
  let r = 0;
  try {
    while (!done(bytes, r)) {
      const parts: string[] = [];
      for (let i = 0; i < BATCH && !done(bytes, r); i++) parts.push(line(r++));
      bytes += writeSync(fd, parts.join(''));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return r;
}

/** A log of about `bytes` bytes; returns its number of lines. */
export function writeLog(path: string, bytes: number): number {
  const people = peopleFor(bytes / 110);
  return writeLines(path, '', (r) => logLine(r, person(personOf(r, people))), (b) => b >= bytes);
}

/** An order export of about `bytes` bytes; returns its number of rows. */
export function writeCsv(path: string, bytes: number): number {
  const people = peopleFor(bytes / 130);
  return writeLines(path, CSV_HEADER, (r) => csvRow(r, person(personOf(r, people))), (b) => b >= bytes);
}

/** `records` compact rows (name, mobile, resident ID); returns the exact number of distinct people. */
export function writeBigCsv(path: string, records: number): number {
  const people = peopleFor(records);
  writeLines(path, '姓名,手机号,身份证号\n', (r) => {
    const p = person(personOf(r, people));
    return `${p.name},${p.mobile},${p.residentId}\n`;
  }, (_b, n) => n >= records);
  return people;
}

/** An xlsx workbook with one sheet of `rows` order rows (inline strings). */
export async function writeXlsx(path: string, rows: number): Promise<void> {
  const people = peopleFor(rows);
  const tmp = `${path}.tmp`;
  const zip = new ZipWriter(tmp);
  await zip.add('[Content_Types].xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ]);
  await zip.add('_rels/.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ]);
  await zip.add('xl/workbook.xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ]);
  await zip.add('xl/_rels/workbook.xml.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ]);
  await zip.add('xl/worksheets/sheet1.xml', sheetXml(rows, people));
  await zip.close();
  renameSync(tmp, path);
}

function* sheetXml(rows: number, people: number): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield xmlRow(1, CSV_HEADER.trim().split(','));
  for (let start = 0; start < rows; start += BATCH) {
    const parts: string[] = [];
    for (let r = start; r < Math.min(rows, start + BATCH); r++) {
      const p = person(personOf(r, people));
      parts.push(xmlRow(r + 2, [orderNumber(r), p.name, p.mobile, p.residentId, p.address, String((r % 100000) / 100), ts(r)]));
    }
    yield parts.join('');
  }
  yield '</sheetData></worksheet>';
}

const COLUMNS = 'ABCDEFG';

function xmlRow(n: number, cells: string[]): string {
  return `<row r="${n}">${cells.map((v, i) => `<c r="${COLUMNS[i]}${n}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;
}
