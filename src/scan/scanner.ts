// Wires the stages together for one scan: walk, then read/detect/classify on workers,
// then resolve and tally on this thread as records arrive, then findings.
import { availableParallelism } from 'node:os';
import { builtinVocabulary } from '../classify/vocabulary.js';
import { FindingsSpool } from '../report/findingsSpool.js';
import { createKeyedHasher } from '../resolve/keyedHash.js';
import { Tally, type TallyResult } from '../tally/tally.js';
import type { FileEntry, FileSummary, SkippedFile } from '../types.js';
import { walk, type WalkOptions, type WalkResult } from '../walk/walk.js';
import type { DetectionSettings, ScanSettings } from './fileScanner.js';
import { LazyProcessor } from './lazyProcessor.js';
import { InlineProcessor, WorkerPool } from './pool.js';
import { DEFAULT_RANGE_BYTES, RangeSplitter } from './rangeSplitter.js';
import type { FileProcessor } from './protocol.js';

export interface ScanOptions {
  roots: string[];
  walk: WalkOptions;
  /** Worker threads; 0 scans on the calling thread. */
  workers: number;
  hashKey: string;
  maxRecordChars: number;
  /** Size of the ranges a large text or CSV file is cut into for the workers (default DEFAULT_RANGE_BYTES). */
  rangeBytes?: number;
  findingsFile?: string;
  detection?: DetectionSettings;
  /** Called once the walk is done, before any file is read (progress: the total to come). */
  onWalked?: (files: readonly FileEntry[]) => void | Promise<void>;
  onFileDone?: (done: number, total: number, bytes: number) => void;
  /** Called as each file is done, with its summary (for logs and progress). */
  onFileSummary?: (entry: FileEntry, summary: FileSummary) => void;
  /**
   * Where each file's contribution comes from: by default a scan; a state directory
   * (src/state/) wraps the scan and replays unchanged files instead.
   */
  contributions?: (scan: FileProcessor, files: readonly FileEntry[]) => FileProcessor;
  /** Person snapshots of earlier runs to count with this one (cumulative persons, de-duplicated). */
  priorPersons?: Buffer[];
  /** Keep a snapshot of this scan's persons (before priors) in the outcome. */
  keepPersons?: boolean;
}

export interface ScanOutcome {
  roots: string[];
  startedAt: Date;
  finishedAt: Date;
  tally: TallyResult;
  skipped: SkippedFile[];
  files: { scanned: number; skipped: number; failed: number };
  /** This scan's persons (keyed hashes and category masks), when `keepPersons` was asked. */
  persons?: Buffer;
}

export const DEFAULT_WORKERS = availableParallelism();

export async function runScan(opts: ScanOptions): Promise<ScanOutcome> {
  const startedAt = new Date();
  const walked = await walk(opts.roots, opts.walk);
  try {
    await opts.onWalked?.(walked.files);
    return await scanWalked(opts, startedAt, walked);
  } finally {
    // Members of nested archives were read from temporary copies: none outlives the scan.
    await walked.temp.remove();
  }
}

async function scanWalked(opts: ScanOptions, startedAt: Date, walked: WalkResult): Promise<ScanOutcome> {
  const settings: ScanSettings = { hashKey: opts.hashKey, nowMs: startedAt.getTime(), maxRecordChars: opts.maxRecordChars, detection: opts.detection,
    allDetections: opts.findingsFile !== undefined || opts.contributions !== undefined };
  const rangeBytes = opts.rangeBytes ?? DEFAULT_RANGE_BYTES;
  // A file large enough to be cut into ranges keeps every worker busy on its own.
  const tasks = walked.files.reduce((n, f) => n + (!f.member && f.size >= 2 * rangeBytes ? opts.workers : 1), 0);
  const workers = Math.min(opts.workers, tasks);
  const pool: FileProcessor = new LazyProcessor(() => (workers > 0 ? new WorkerPool(workers, settings) : new InlineProcessor(settings)));
  // One large text or CSV file is read by every worker at once, a range each.
  const scanner = opts.workers > 1 ? new RangeSplitter(pool, rangeBytes, opts.maxRecordChars) : pool;
  const processor = opts.contributions ? opts.contributions(scanner, walked.files) : scanner;
  const tally = new Tally(builtinVocabulary().sensitive);
  const spool = opts.findingsFile ? new FindingsSpool() : undefined;
  const skipped = [...walked.skipped];
  let done = 0;
  let bytesDone = 0;
  try {
    const scans = walked.files.map(async (entry, fileId) => {
      tally.openFile(fileId, entry.path);
      const { absPath, size, mtimeMs, member } = entry;
      const summary = entry.error
        ? walkFailure(entry.error)
        : await processor.scan(fileId, { absPath, size, mtimeMs, member }, (records) => {
            const nodes = records.map((r) => tally.addPersonalRecord(fileId, r.category, r.slots, r.detections));
            spool?.add(fileId, entry.path, records, nodes);
          });
      tally.closeFile(fileId, summary, summary.entities);
      if (summary.skipped) skipped.push({ path: entry.path, reason: summary.skipped });
      opts.onFileSummary?.(entry, summary);
      bytesDone += entry.size;
      opts.onFileDone?.(++done, walked.files.length, bytesDone);
      return summary;
    });
    const summaries = await Promise.all(scans);
    const persons = opts.keepPersons ? tally.index.snapshot() : undefined;
    for (const prior of opts.priorPersons ?? []) tally.index.absorb(prior);
    const result = tally.result();
    const skippedIds = new Set(summaries.flatMap((s, i) => (s.skipped ? [i] : [])));
    result.files = result.files.filter((_, i) => !skippedIds.has(i));
    if (spool && opts.findingsFile) {
      const hash = createKeyedHasher(opts.hashKey);
      await spool.writeTo(opts.findingsFile, (node) => `p_${hash('person', tally.index.personKey(node))}`);
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      roots: opts.roots,
      startedAt,
      finishedAt: new Date(),
      tally: result,
      skipped,
      files: {
        scanned: result.files.length,
        skipped: skipped.length,
        failed: result.files.filter((f) => f.error !== null).length,
      },
      persons,
    };
  } finally {
    spool?.dispose();
    await processor.close();
  }
}

/** The summary of a file the walker could not open (a truncated archive): its one error. */
function walkFailure(error: string): FileSummary {
  return { format: null, encoding: null, bytes: 0, records: 0, entities: {}, error, skipped: null };
}
