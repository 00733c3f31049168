// Runs file scans on worker threads, one file per worker at a time. A worker that dies
// (out of memory on a hostile file, a native crash) fails only its file and is replaced.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileSource, FileSummary, PersonalRecord } from '../types.js';
import { createScanContext, describeError, scanFile, type ScanContext, type ScanSettings } from './fileScanner.js';
import type { FileProcessor, WorkerReply, WorkerRequest } from './protocol.js';

/** Heap limit of one worker: a file that needs more is reported, the scan goes on. */
const WORKER_HEAP_MB = 4096;

interface Job {
  req: WorkerRequest;
  onRecords: (records: PersonalRecord[]) => void;
  resolve: (s: FileSummary) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export class WorkerPool implements FileProcessor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closing = false;

  constructor(
    size: number,
    private readonly settings: ScanSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  scan(fileId: number, file: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary> {
    return new Promise((resolve) => {
      this.queue.push({ req: { fileId, file }, onRecords, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(workerScript(), { workerData: this.settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, job: null };
    worker.on('message', (msg: WorkerReply) => {
      const job = slot.job;
      if (!job || msg.fileId !== job.req.fileId) return;
      if (msg.kind === 'records') job.onRecords(msg.records);
      else this.finish(slot, msg.summary);
    });
    worker.on('error', (err) => this.crashed(slot, describeError(err)));
    worker.on('exit', (code) => this.crashed(slot, `exit code ${code}`));
    return slot;
  }

  private crashed(slot: Slot, why: string): void {
    if (this.closing) return;
    const job = slot.job;
    slot.job = null;
    void slot.worker.terminate();
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    if (job) {
      job.resolve({ format: null, encoding: null, bytes: 0, records: 0, entities: {}, error: `scan worker stopped (${why}); file too large or malformed for its memory limit`, skipped: null });
    }
    this.dispatch();
  }

  private finish(slot: Slot, summary: FileSummary): void {
    const job = slot.job!;
    slot.job = null;
    job.resolve(summary);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      slot.job = this.queue.shift()!;
      slot.worker.postMessage(slot.job.req);
    }
  }
}

/** Scans in this thread: for one small file, where starting workers costs more than it saves. */
export class InlineProcessor implements FileProcessor {
  private readonly ctx: ScanContext;

  constructor(settings: ScanSettings) {
    this.ctx = createScanContext(settings);
  }

  scan(_fileId: number, file: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary> {
    return scanFile(file, this.ctx, onRecords);
  }

  async close(): Promise<void> {}
}

/** The compiled worker next to this module; under the test runner (src/*.ts) its build in dist/. */
function workerScript(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return new URL(`file://${here.replace(/\/src\/scan\/pool\.ts$/, '/dist/src/scan/worker.js')}`);
  return new URL('./worker.js', import.meta.url);
}
