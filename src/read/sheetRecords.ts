// Rows of one spreadsheet sheet → DataRecords. Exports often put a title (and a date or
// an operator line) above the header, so the header is looked for among the first rows;
// the rows above it are not records. `index` is the row's distance below the header
// (header on Excel row 3 → Excel row 4 is record 1); without a header, the Excel row.
import type { DataRecord, Field } from '../types.js';
import { findHeaderRow, type IsKnownHeader } from './headerRow.js';
import type { CellText } from './numbers.js';

/** One row as the workbook parser sends it: 0-based sheet row, cells by column. */
export interface SheetRow {
  row: number;
  cells: (CellText | null)[];
}

/** How many rows from the top of a sheet may hold the header. */
export const HEADER_SEARCH_ROWS = 20;

export class SheetRecords {
  private pending: SheetRow[] = [];
  private header: { row: number; names: string[] } | null | undefined;

  constructor(
    private readonly sheet: string,
    private readonly isKnownHeader: IsKnownHeader,
  ) {}

  /** Records for these rows; none until the header is decided. */
  push(rows: SheetRow[]): DataRecord[] {
    if (this.header !== undefined) return this.records(rows);
    this.pending.push(...rows);
    if (this.pending.length < HEADER_SEARCH_ROWS) return [];
    return this.decide();
  }

  /** The sheet has ended: records still waiting for the header decision. */
  end(): DataRecord[] {
    return this.header === undefined ? this.decide() : [];
  }

  private decide(): DataRecord[] {
    const top = this.pending.slice(0, HEADER_SEARCH_ROWS);
    const at = findHeaderRow(top.map(cellTexts), this.isKnownHeader);
    this.header = at === -1 ? null : { row: top[at].row, names: cellTexts(top[at]).map((n) => n.trim()) };
    const rest = this.pending.slice(at + 1);
    this.pending = [];
    return this.records(rest);
  }

  private records(rows: SheetRow[]): DataRecord[] {
    const out: DataRecord[] = [];
    const names = this.header?.names ?? [];
    const base = this.header ? this.header.row : -1;
    for (const r of rows) {
      const fields: Field[] = [];
      r.cells.forEach((cell, c) => {
        if (cell === null || cell.value.length === 0) return;
        const name = names[c] || null;
        fields.push(cell.damaged ? { name, value: cell.value, damaged: true } : { name, value: cell.value });
      });
      if (fields.length > 0) out.push({ sheet: this.sheet, index: r.row - base, fields });
    }
    return out;
  }
}

function cellTexts(r: SheetRow): string[] {
  return Array.from(r.cells, (c) => c?.value ?? '');
}
