// The workbook parser thread. SheetJS parses the whole workbook in memory and has
// published advisories for crafted files (prototype pollution, ReDoS), so it runs here,
// under the heap limit and the watchdog of excel.ts: a hostile or huge workbook costs
// this thread, never the scan. Rows go out in batches, one batch per request.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import XLSX from 'xlsx';
import { numberText, scientificText, type CellText } from './numbers.js';
import type { SheetRow } from './sheetRecords.js';
import type { WorkbookJob, WorkbookMessage } from './workbookProtocol.js';

const BATCH_ROWS = 500;

type Sheet = XLSX.WorkSheet;
type Range = XLSX.Range;

const port = parentPort!;
const post = (msg: WorkbookMessage): void => port.postMessage(msg);
const next = (): Promise<void> => new Promise((resolve) => port.once('message', () => resolve()));

async function main(job: WorkbookJob): Promise<void> {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(readFileSync(job.path), {
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
  } catch (e) {
    post({ kind: 'error', reason: `not a readable workbook: ${parserMessage(e)}` });
    return;
  }
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet?.['!ref']) continue;
    post({ kind: 'sheet', name });
    for (const rows of sheetRows(sheet)) {
      post({ kind: 'rows', rows });
      await next();
    }
    delete book.Sheets[name]; // a sheet read is memory the next ones can use
  }
  post({ kind: 'done' });
}

/** Non-empty rows in batches, merged ranges filled with their top-left value. */
function* sheetRows(sheet: Sheet): Generator<SheetRow[]> {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const merges = [...(sheet['!merges'] ?? [])].sort((a, b) => a.s.r - b.s.r);
  let active: { range: Range; text: CellText | null }[] = [];
  let m = 0;
  let batch: SheetRow[] = [];
  const last = Array.isArray(sheet) ? Math.min(range.e.r, sheet.length - 1) : range.e.r;
  for (let r = range.s.r; r <= last; r++) {
    active = active.filter((a) => a.range.e.r >= r);
    for (; m < merges.length && merges[m].s.r <= r; m++) {
      if (merges[m].e.r >= r) active.push({ range: merges[m], text: cellText(cellAt(sheet, merges[m].s.r, merges[m].s.c)) });
    }
    const cells = rowCells(sheet, r, range);
    for (const a of active) for (let c = a.range.s.c; c <= a.range.e.c; c++) cells[c] = a.text;
    if (!cells.some((c) => c !== null && c.value.length > 0)) continue;
    batch.push({ row: r, cells });
    if (batch.length >= BATCH_ROWS) {
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
    for (let c = range.s.c; c <= range.e.c; c++) cells[c] = cellText(cellAt(sheet, r, c));
  }
  return Array.from(cells, (c) => c ?? null);
}

function cellAt(sheet: Sheet, r: number, c: number): XLSX.CellObject | undefined {
  if (Array.isArray(sheet)) return (sheet as unknown as DenseSheet)[r]?.[c];
  return sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
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

interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}
/** The parts of SheetJS's number-format library used here (its typings say `any`). */
const SSF = XLSX.SSF as { is_date(format: string): boolean; parse_date_code(serial: number): DateCode | null };
const dateFormats = new Map<string, boolean>();

function isDateFormat(format: string): boolean {
  let is = dateFormats.get(format);
  if (is === undefined) dateFormats.set(format, (is = SSF.is_date(format)));
  return is;
}

/** A date-formatted serial as ISO text (calendar arithmetic, no time zone), so birth dates are found. */
function serialDateText(serial: number): CellText {
  const c = SSF.parse_date_code(serial);
  if (!c) return numberText(serial);
  return { value: dateText(c.y, c.m, c.d, c.H, c.M, c.S), damaged: false };
}

/** A Date cell (only .ods date values arrive so) in the zone SheetJS built it in. */
function dateCellText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return dateText(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
}

function dateText(y: number, m: number, d: number, hh: number, mm: number, ss: number): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const time = hh + mm + ss === 0 ? '' : ` ${p(hh)}:${p(mm)}:${p(ss)}`;
  return `${p(y, 4)}-${p(m)}-${p(d)}${time}`;
}

/** The parser's own words, one line, digits runs cut: it must not echo cell contents. */
function parserMessage(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
  return text.replace(/\d{6,}/g, '…') || 'unknown parser error';
}

void main(workerData as WorkbookJob).catch((e: unknown) => post({ kind: 'error', reason: `workbook parser failed: ${parserMessage(e)}` }));
