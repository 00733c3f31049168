// One worksheet of an .xlsx, streamed: its XML is inflated and parsed as it is read and
// handed on in batches of rows, so a million-row sheet never sits in memory whole.
// Merged ranges are listed at the end of a sheet's XML, after every row, so a first quick
// pass over the inflated bytes collects them before the rows are read.
import { numberText, scientificText, type CellText } from './numbers.js';
import { serialDateText } from './cellDates.js';
import { MergedCells, type CellRange } from './mergedCells.js';
import type { SheetRow } from './sheetRecords.js';
import type { XlsxBook } from './xlsxBook.js';
import type { XlsxPackage } from './xlsxPackage.js';
import { RichText } from './xlsxText.js';
import { XmlFeeder, type XmlAttributes } from './xmlStream.js';

/** Excel's last column (XFD); a reference past it is a crafted file. */
const MAX_COLUMNS = 16_384;

/** The sheet's non-empty rows, `batchRows` at a time, merged ranges filled. */
export async function* xlsxSheetRows(pkg: XlsxPackage, part: string, book: XlsxBook, batchRows: number): AsyncGenerator<SheetRow[]> {
  const reader = new SheetReader(book, new MergedCells(await mergedRanges(pkg, part)));
  const xml = new XmlFeeder(reader);
  for await (const chunk of pkg.bytes(part)) {
    xml.write(chunk);
    while (reader.rows.length >= batchRows) yield reader.rows.splice(0, batchRows);
  }
  xml.close();
  if (reader.rows.length > 0) yield reader.rows;
}

/** The handlers of one sheet's XML: `<sheetData><row><c t s><v>…</v> | <is>…</is></c></row></sheetData>`. */
class SheetReader {
  readonly rows: SheetRow[] = [];
  private inSheetData = false;
  private row = -1;
  private cells: (CellText | null)[] = [];
  private column = -1;
  private type = 'n';
  private style = 0;
  private value: string | undefined;
  private inValue = false;
  private inline: RichText | null = null;
  private inlineText: string | undefined;

  constructor(
    private readonly book: XlsxBook,
    private readonly merges: MergedCells,
  ) {}

  open(name: string, a: XmlAttributes): void {
    if (!this.inSheetData) {
      this.inSheetData = name === 'sheetData';
      return;
    }
    switch (name) {
      case 'row': {
        // the row number may be left out, meaning the next row
        const r = a.r !== undefined ? parseInt(a.r, 10) - 1 : this.row + 1;
        if (this.merges.any) for (let gap = this.row + 1; gap < r; gap++) this.finish(gap, []);
        this.row = r;
        this.cells = [];
        this.column = -1;
        break;
      }
      case 'c':
        this.column = a.r !== undefined ? columnOf(a.r) : this.column + 1;
        this.type = a.t ?? 'n';
        this.style = a.s !== undefined ? Number(a.s) : 0;
        this.value = this.inlineText = undefined;
        break;
      case 'v':
        this.inValue = true;
        this.value = '';
        break;
      case 'is':
        this.inline = new RichText();
        break;
      default:
        this.inline?.open(name);
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'sheetData':
        this.inSheetData = false;
        break;
      case 'row':
        this.finish(this.row, this.cells);
        break;
      case 'c':
        this.cells[this.column] = this.cellText();
        break;
      case 'v':
        this.inValue = false;
        break;
      case 'is':
        this.inlineText = this.inline!.text();
        this.inline = null;
        break;
      default:
        this.inline?.close(name);
    }
  }

  text(t: string): void {
    if (this.inValue) this.value += t;
    else this.inline?.append(t);
  }

  private finish(row: number, cells: (CellText | null)[]): void {
    const filled = this.merges.row(row, cells);
    if (filled) this.rows.push(filled);
  }

  /** The cell as SheetJS reads it (sheetjsRows.ts), from its type and value. */
  private cellText(): CellText | null {
    const v = this.value;
    switch (this.type) {
      case 's': {
        const s = v === undefined ? undefined : this.book.strings[parseInt(v, 10)];
        return s === undefined ? null : scientificText(s);
      }
      case 'inlineStr':
        return scientificText(this.inlineText ?? '');
      case 'str':
        return scientificText(v ?? '');
      case 'b':
        return v === undefined ? null : { value: v === '1' || v.toLowerCase() === 'true' ? 'TRUE' : 'FALSE', damaged: false };
      case 'd':
        return v === undefined ? null : { value: isoDateText(v), damaged: false };
      case 'e':
        return null;
      default: {
        if (v === undefined || v === '') return null;
        const n = parseFloat(v);
        return this.book.dateStyles[this.style] ? serialDateText(n) : numberText(n);
      }
    }
  }
}

/** `AB12` → 27 (0-based column). */
function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 64;
    if (d < 1 || d > 26) break;
    c = c * 26 + d;
    if (c > MAX_COLUMNS) throw new Error('a cell reference beyond the last column');
  }
  return c - 1;
}

/** An ISO 8601 date cell (`t="d"`) as the date text of a serial one: `2026-01-02 03:04:05`. */
function isoDateText(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(v);
  if (!m) return v;
  return m[2] && m[2] !== '00:00:00' ? `${m[1]} ${m[2]}` : m[1];
}

const MERGE = Buffer.from('mergeCell');
const TAG_END = 0x3e; // >

/** The sheet's `<mergeCell ref="A1:D1"/>` ranges, found in its bytes without parsing the XML. */
async function mergedRanges(pkg: XlsxPackage, part: string): Promise<CellRange[]> {
  const ranges: CellRange[] = [];
  let carry: Buffer | null = null;
  for await (const chunk of pkg.bytes(part)) {
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = null;
    let at = 0;
    for (;;) {
      const i = buf.indexOf(MERGE, at);
      if (i < 0) {
        // a tag name may straddle two chunks
        carry = buf.subarray(Math.max(at, buf.length - MERGE.length + 1));
        break;
      }
      const end = buf.indexOf(TAG_END, i);
      if (end < 0) {
        carry = buf.subarray(i);
        break;
      }
      const range = rangeOf(buf.toString('latin1', i, end));
      if (range) ranges.push(range);
      at = end;
    }
  }
  return ranges;
}

/** `mergeCell ref="B2:C4"` → its range; the `mergeCells` container has none. */
function rangeOf(tag: string): CellRange | null {
  const m = /\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(tag);
  if (!m) return null;
  return { s: { r: Number(m[2]) - 1, c: columnOf(m[1]) }, e: { r: Number(m[4]) - 1, c: columnOf(m[3]) } };
}
