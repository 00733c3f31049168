// Workbooks through SheetJS, which parses a whole file in memory: .xls, .ods, .xlsb, and
// any .xlsx the stream reader (xlsxSheet.ts) could not read. SheetJS has published
// advisories for crafted files (prototype pollution, ReDoS), so it only ever runs on the
// workbook parser thread, under its heap limit and watchdog.
import { readFileSync } from 'node:fs';
import XLSX from 'xlsx';
import { dateText, isDateFormat, serialDateText } from './cellDates.js';
import { MergedCells } from './mergedCells.js';
import { numberText, scientificText, type CellText } from './numbers.js';
import type { SheetRow } from './sheetRecords.js';

type Sheet = XLSX.WorkSheet;
type Range = XLSX.Range;

export function readWorkbook(path: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(path), {
    type: 'buffer',
    dense: true,
    // dates stay serial numbers: SheetJS's Date objects are off by the seconds of a
    // local mean time in some zones (1990-01-02 reads as 1990-01-01 23:59:17 in Asia/Shanghai)
    cellDates: false,
    cellText: false,
    cellHTML: false,
    cellNF: true,
    cellStyles: false,
    bookVBA: false,
  });
}

/** Non-empty rows in batches, merged ranges filled with their top-left value. */
export function* sheetjsRows(sheet: Sheet, batchRows: number): Generator<SheetRow[]> {
  if (!sheet['!ref']) return;
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const merges = new MergedCells(sheet['!merges'] ?? []);
  let batch: SheetRow[] = [];
  const last = Array.isArray(sheet) ? Math.min(range.e.r, sheet.length - 1) : range.e.r;
  for (let r = range.s.r; r <= last; r++) {
    const row = merges.row(r, rowCells(sheet, r, range));
    if (!row) continue;
    batch.push(row);
    if (batch.length >= batchRows) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

type DenseSheet = (XLSX.CellObject | undefined)[][];

/**
 * Dense sheets are arrays of rows (SheetJS 0.18): only the cells that exist are visited,
 * whatever range a crafted file claims. Sparse ones are keyed by address.
 */
function rowCells(sheet: Sheet, r: number, range: Range): (CellText | null)[] {
  const cells: (CellText | null)[] = [];
  if (Array.isArray(sheet)) {
    const row = (sheet as unknown as DenseSheet)[r] ?? [];
    for (let c = 0; c < row.length; c++) cells[c] = cellText(row[c]);
  } else {
    for (let c = range.s.c; c <= range.e.c; c++) cells[c] = cellText(sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
  }
  return cells;
}

function cellText(cell: XLSX.CellObject | undefined): CellText | null {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t as string) {
    case 'n':
      return cell.z !== undefined && isDateFormat(String(cell.z)) ? serialDateText(cell.v as number) : numberText(cell.v as number);
    case 's':
    case 'str':
      return scientificText(String(cell.v));
    case 'b':
      return { value: cell.v ? 'TRUE' : 'FALSE', damaged: false };
    case 'd':
      return { value: dateCellText(cell.v as Date), damaged: false };
    default:
      return null;
  }
}

/** A Date cell (only .ods date values arrive so) in the zone SheetJS built it in. */
function dateCellText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return dateText(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
}
