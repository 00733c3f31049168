// Sample workbooks the way Chinese back offices export them: a title row (merged across
// the columns) above the header, one sheet per table. Output is byte-for-byte stable.
import { writeFileSync } from 'node:fs';
import XLSX from 'xlsx';
import type { SampleTable } from './table.js';

export interface WorkbookOptions {
  /** The title row above each sheet's header; default: the table name. */
  title?: (table: SampleTable) => string;
  /** Columns whose all-digit values (up to 15 digits) are stored as numbers, as typed into Excel. */
  numericColumns?: string[];
  bookType?: 'xlsx' | 'xls' | 'ods';
}

export function writeWorkbook(path: string, tables: SampleTable[], opts: WorkbookOptions = {}): void {
  const book = XLSX.utils.book_new();
  for (const table of tables) {
    const title = opts.title ? opts.title(table) : table.name;
    const numeric = new Set(opts.numericColumns ?? []);
    const rows = table.rows.map((row) => row.map((v, i) => (numeric.has(table.header[i]) && /^\d{1,15}$/.test(v) ? Number(v) : v)));
    const sheet = XLSX.utils.aoa_to_sheet([[title], table.header, ...rows]);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: Math.max(0, table.header.length - 1) } }];
    XLSX.utils.book_append_sheet(book, sheet, table.name.slice(0, 31));
  }
  const bookType = opts.bookType ?? 'xlsx';
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: bookType === 'xls' ? 'biff8' : bookType, compression: true }) as Buffer);
}

/** One table as an .xlsx workbook with a title row. */
export function writeXlsx(path: string, table: SampleTable, opts: WorkbookOptions = {}): void {
  writeWorkbook(path, [table], opts);
}
