// Excel (.xlsx, .xls) and OpenDocument (.ods) workbooks: every sheet, records numbered
// per sheet. The parsing runs on its own thread (workbookWorker.ts) with a heap limit and
// a watchdog on the time it works; on overrun the thread is ended and only this file
// fails, with the reason. The watchdog sleeps while the scan digests a batch (and the
// parser reads the next one).
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DataRecord } from '../types.js';
import { ReadError } from './errors.js';
import type { IsKnownHeader } from './headerRow.js';
import { SheetRecords } from './sheetRecords.js';
import { NEXT, type WorkbookJob, type WorkbookMessage } from './workbookProtocol.js';

export interface WorkbookLimits {
  isKnownHeader: IsKnownHeader;
  /** Heap of the parser thread, MiB. */
  maxHeapMb: number;
  /** How long the parser may work (parse, or produce one batch), ms. */
  maxBusyMs: number;
}

export const DEFAULT_WORKBOOK_HEAP_MB = 3072;
export const DEFAULT_WORKBOOK_BUSY_MS = 600_000;

export async function* workbookRecords(path: string, limits: WorkbookLimits): AsyncGenerator<DataRecord> {
  const job: WorkbookJob = { path };
  const worker = new Worker(workerScript(), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
  const inbox = new Inbox(worker, limits);
  try {
    let sheet: SheetRecords | null = null;
    for (;;) {
      const msg = await inbox.next();
      if (msg.kind === 'error') throw new ReadError(msg.reason);
      if (msg.kind === 'sheet' || msg.kind === 'done') {
        if (sheet) yield* sheet.end();
        if (msg.kind === 'done') return;
        sheet = new SheetRecords(msg.name, limits.isKnownHeader);
      } else {
        // the parser reads the next batch while these rows are scanned
        worker.postMessage(NEXT);
        yield* sheet!.push(msg.rows);
      }
    }
  } finally {
    inbox.close();
    await worker.terminate();
  }
}

/** The parser's messages in order; a crash, an out-of-memory or a stall becomes an error message. */
class Inbox {
  private readonly queue: WorkbookMessage[] = [];
  private waiting: ((m: WorkbookMessage) => void) | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly worker: Worker,
    private readonly limits: WorkbookLimits,
  ) {
    worker.on('message', (m: WorkbookMessage) => this.deliver(m));
    worker.on('error', (e: NodeJS.ErrnoException) => this.deliver({ kind: 'error', reason: crashReason(e, limits) }));
    worker.on('exit', (code) => this.deliver({ kind: 'error', reason: `workbook parser stopped (exit code ${code})` }));
  }

  next(): Promise<WorkbookMessage> {
    const ready = this.queue.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.timer = setTimeout(() => {
        void this.worker.terminate();
        this.deliver({ kind: 'error', reason: `workbook parser stopped: took longer than ${this.limits.maxBusyMs / 1000} s (malformed or too large)` });
      }, this.limits.maxBusyMs);
    });
  }

  close(): void {
    clearTimeout(this.timer);
    this.worker.removeAllListeners();
  }

  private deliver(m: WorkbookMessage): void {
    clearTimeout(this.timer);
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(m);
    else this.queue.push(m);
  }
}

function crashReason(e: NodeJS.ErrnoException, limits: WorkbookLimits): string {
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return `workbook parser stopped: needs more than its ${limits.maxHeapMb} MiB memory limit (malformed or too large)`;
  return `workbook parser failed: ${(e.message ?? String(e)).split('\n')[0].slice(0, 120)}`;
}

/** The compiled parser next to this module; under the test runner (src/*.ts) its build in dist/. */
function workerScript(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return new URL(`file://${here.replace(/\/src\/read\/excel\.ts$/, '/dist/src/read/workbookWorker.js')}`);
  return new URL('./workbookWorker.js', import.meta.url);
}
