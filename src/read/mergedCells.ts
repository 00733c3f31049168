// Merged ranges of a sheet: every cell of a range reads as the range's top-left value,
// so a category or a name written once across merged rows belongs to each of them.
// Rows come in ascending order; a range's value is taken from its first row.
import type { CellText } from './numbers.js';
import type { SheetRow } from './sheetRecords.js';

export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export class MergedCells {
  private readonly ranges: CellRange[];
  private next = 0;
  private active: { range: CellRange; text: CellText | null }[] = [];

  constructor(ranges: readonly CellRange[]) {
    this.ranges = [...ranges].sort((a, b) => a.s.r - b.s.r);
  }

  /**
   * Row `r` with its cells filled from the ranges that cover it, every column present; undefined
   * when no cell holds a value (no record). Call for each row in ascending order.
   */
  row(r: number, cells: (CellText | null)[]): SheetRow | undefined {
    this.fill(r, cells);
    if (!cells.some((c) => c !== null && c.value.length > 0)) return undefined;
    return { row: r, cells: Array.from(cells, (c) => c ?? null) };
  }

  private fill(r: number, cells: (CellText | null)[]): void {
    this.active = this.active.filter((a) => a.range.e.r >= r);
    for (; this.next < this.ranges.length && this.ranges[this.next].s.r <= r; this.next++) {
      const range = this.ranges[this.next];
      // a range whose first row was skipped (no such row in the file) has no value
      if (range.e.r >= r) this.active.push({ range, text: range.s.r === r ? (cells[range.s.c] ?? null) : null });
    }
    for (const a of this.active) for (let c = a.range.s.c; c <= a.range.e.c; c++) cells[c] = a.text;
  }

  /** Whether the sheet has merged ranges at all. */
  get any(): boolean {
    return this.ranges.length > 0;
  }
}
