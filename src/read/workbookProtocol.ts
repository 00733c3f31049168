// Messages between the workbook reader (excel.ts) and its parser thread (workbookWorker.ts).
import type { SheetRow } from './sheetRecords.js';

export interface WorkbookJob {
  path: string;
}

/** Parser → reader. After each `rows` the parser waits for a `next` from the reader. */
export type WorkbookMessage =
  | { kind: 'sheet'; name: string }
  | { kind: 'rows'; rows: SheetRow[] }
  | { kind: 'done' }
  | { kind: 'error'; reason: string };

/** Reader → parser: the last rows are consumed, send more. */
export const NEXT = 'next';
