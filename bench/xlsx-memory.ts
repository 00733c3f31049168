// Peak memory of reading a 1,000,000-row .xlsx sheet through piscan's workbook reader.
// Run after a build:  node dist/bench/xlsx-memory.js [rows]
// The workbook is written once to bench/data/ by a child process (SheetJS), then read
// by another fresh child, so the figure is the reader's own: the process's peak RSS,
// which includes the parser thread.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { openFile } from '../src/read/reader.js';

const here = fileURLToPath(import.meta.url);
const [mode = 'main', arg = '1000000'] = process.argv.slice(2);

/** Deterministic rows of the shape a customer export has. */
function rows(n: number): (string | number)[][] {
  const out: (string | number)[][] = [['姓名', '手机号', '身份证号', '地址', '金额']];
  for (let i = 0; i < n; i++) {
    out.push([`客户${i}`, 13800000000 + i, `11010519900101${String(i % 1000).padStart(3, '0')}X`, `北京市海淀区中关村大街${i % 500}号`, (i % 10000) / 100]);
  }
  return out;
}

async function read(path: string): Promise<void> {
  const started = Date.now();
  const opened = await openFile(path, { maxRecordChars: 1 << 24, isKnownHeader: (c) => c === '姓名' || c === '手机号' });
  if ('skip' in opened) throw new Error(opened.skip);
  let records = 0;
  for await (const _ of opened.records) records++;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ records, seconds: (Date.now() - started) / 1000, peakRssMiB: Math.round(peakMiB) }));
}

if (mode === 'generate') {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows(Number(arg)), { dense: true } as XLSX.AOA2SheetOpts), 'customers');
  writeFileSync(process.argv[4], XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
} else if (mode === 'read') {
  await read(arg);
} else {
  const n = Number(mode === 'main' ? arg : mode);
  const dir = new URL('../../bench/data/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const path = fileURLToPath(new URL(`xlsx-${n}.xlsx`, dir));
  if (!existsSync(path)) execFileSync(process.execPath, ['--max-old-space-size=12288', here, 'generate', String(n), path], { stdio: 'inherit' });
  console.log(`${n} rows, ${(statSync(path).size / 2 ** 20).toFixed(1)} MiB: ${path}`);
  execFileSync(process.execPath, [here, 'read', path], { stdio: 'inherit' });
}
