// Scans a large text or CSV file as byte ranges on several workers at once (the plan is
// recordCuts.ts), and puts the pieces back together so nothing downstream can tell: the
// ranges' records reach the tally in file order, numbered as one reading would number
// them, and their summaries merge into the file's one summary.
import { planRanges } from '../read/recordCuts.js';
import { addEntityCount, emptyEntityCount } from '../tally/entityCounts.js';
import type { EntityCount, FileSource, FileSummary, PersonalRecord } from '../types.js';
import type { FileProcessor } from './protocol.js';

/** Bytes per range: large enough that a range's start-up is noise, small enough to spread a file over every worker. */
export const DEFAULT_RANGE_BYTES = 32 * 1024 * 1024;

export class RangeSplitter implements FileProcessor {
  constructor(
    private readonly inner: FileProcessor,
    private readonly rangeBytes: number,
    private readonly maxRecordChars: number,
  ) {}

  async scan(fileId: number, file: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary> {
    const ranges = await planRanges(file, this.rangeBytes, this.maxRecordChars).catch(() => undefined);
    // Not cut (or not readable to plan): the inner processor reads it whole and reports why it cannot.
    if (!ranges) return this.inner.scan(fileId, file, onRecords);
    const order = new InFileOrder(ranges.length, onRecords);
    const summaries = await Promise.all(
      ranges.map(async (range, k) => {
        const summary = await this.inner.scan(fileId, { ...file, range }, (records) => order.add(k, records));
        order.done(k, summary.records);
        return summary;
      }),
    );
    return mergeSummaries(summaries, file.size);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * Passes on the records of range 0 as they come and holds those of later ranges until
 * every range before them is done: only then is it known how many records precede them.
 */
class InFileOrder {
  private head = 0;
  private before = 0;
  private readonly held: PersonalRecord[][][];
  private readonly counts: (number | undefined)[];

  constructor(
    ranges: number,
    private readonly emit: (records: PersonalRecord[]) => void,
  ) {
    this.held = Array.from({ length: ranges }, () => []);
    this.counts = new Array<number | undefined>(ranges).fill(undefined);
  }

  add(range: number, records: PersonalRecord[]): void {
    if (range === this.head) this.pass(records);
    else this.held[range].push(records);
  }

  done(range: number, records: number): void {
    this.counts[range] = records;
    while (this.head < this.counts.length && this.counts[this.head] !== undefined) {
      this.before += this.counts[this.head]!;
      this.head++;
      for (const records of this.held[this.head] ?? []) this.pass(records);
      if (this.head < this.held.length) this.held[this.head] = [];
    }
  }

  private pass(records: PersonalRecord[]): void {
    for (const r of records) r.record += this.before;
    this.emit(records);
  }
}

function mergeSummaries(parts: FileSummary[], bytes: number): FileSummary {
  const entities: Record<string, EntityCount> = {};
  for (const part of parts) {
    for (const [type, c] of Object.entries(part.entities)) {
      addEntityCount((entities[type] ??= emptyEntityCount()), c);
    }
  }
  return {
    format: parts[0].format,
    encoding: parts[0].encoding,
    bytes,
    records: parts.reduce((n, p) => n + p.records, 0),
    entities,
    error: parts.find((p) => p.error !== null)?.error ?? null,
    skipped: parts.find((p) => p.skipped !== null)?.skipped ?? null,
  };
}
