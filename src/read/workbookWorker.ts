// The workbook parser thread: a hostile or huge workbook costs this thread (under the heap
// limit and watchdog of excel.ts), never the scan. An .xlsx is streamed sheet by sheet
// (xlsxSheet.ts): memory grows with its shared strings, not its rows. Other workbooks, and
// an .xlsx the stream cannot read (not well-formed XML, UTF-16 parts), go through SheetJS,
// which resumes after the last row already sent. Rows go out in batches, one batch per
// request.
import { parentPort, workerData } from 'node:worker_threads';
import { readWorkbook, sheetjsRows } from './sheetjsRows.js';
import type { SheetRow } from './sheetRecords.js';
import { readBook } from './xlsxBook.js';
import { XlsxPackage } from './xlsxPackage.js';
import { xlsxSheetRows } from './xlsxSheet.js';
import type { WorkbookJob, WorkbookMessage } from './workbookProtocol.js';

const BATCH_ROWS = 500;

const port = parentPort!;
const post = (msg: WorkbookMessage): void => port.postMessage(msg);
const next = (): Promise<void> => new Promise((resolve) => port.once('message', () => resolve()));

/** What has been sent: a second parser resumes after it, so no row is sent twice or lost. */
class Sent {
  private readonly done = new Set<string>();
  private current: { name: string; lastRow: number } | null = null;

  async sheet(name: string, batches: AsyncIterable<SheetRow[]> | Iterable<SheetRow[]>): Promise<void> {
    if (this.done.has(name)) return;
    if (this.current?.name !== name) {
      this.current = { name, lastRow: -1 };
      post({ kind: 'sheet', name });
    }
    const current = this.current;
    for await (const batch of batches) {
      const rows = batch.filter((r) => r.row > current.lastRow);
      if (rows.length === 0) continue;
      post({ kind: 'rows', rows });
      current.lastRow = rows[rows.length - 1].row;
      await next();
    }
    this.done.add(name);
    this.current = null;
  }
}

async function main(job: WorkbookJob): Promise<void> {
  const sent = new Sent();
  try {
    if (await streamXlsx(job.path, sent)) return post({ kind: 'done' });
  } catch {
    // SheetJS reads what the strict stream could not, or names what is wrong with the file
  }
  let book;
  try {
    book = readWorkbook(job.path);
  } catch (e) {
    return post({ kind: 'error', reason: `not a readable workbook: ${parserMessage(e)}` });
  }
  for (const name of book.SheetNames) {
    await sent.sheet(name, sheetjsRows(book.Sheets[name], BATCH_ROWS));
    delete book.Sheets[name]; // a sheet read is memory the next ones can use
  }
  post({ kind: 'done' });
}

/** Streams an .xlsx's sheets; false when the file is no package of XML parts. */
async function streamXlsx(path: string, sent: Sent): Promise<boolean> {
  const pkg = await XlsxPackage.open(path);
  try {
    const book = await readBook(pkg);
    if (!book) return false;
    for (const { name, part } of book.sheets) await sent.sheet(name, xlsxSheetRows(pkg, part, book, BATCH_ROWS));
    return true;
  } finally {
    pkg.close();
  }
}

/** The parser's own words, one line, digits runs cut: it must not echo cell contents. */
function parserMessage(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
  return text.replace(/\d{6,}/g, '…') || 'unknown parser error';
}

void main(workerData as WorkbookJob).catch((e: unknown) => post({ kind: 'error', reason: `workbook parser failed: ${parserMessage(e)}` }));
