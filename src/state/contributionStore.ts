// What one scanned file contributed to the tally, kept so an unchanged file need not be
// read again: one gzip-compressed JSON Lines file per scanned file, written whole or not at all.
//
//   {"v":1,"path":…,"size":…,"mtimeMs":…,"sha256":…,"hashedAtMs":…}     the file as scanned
//   [category, sheet, record, [[role,[key,…]],…], [[type,field,value,verified,confidence],…]]
//   {"summary":{…FileSummary}}                                               last line
//
// Person slots are keyed hashes and values are masked, as in findings: never a raw value.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AtomicLineWriter } from '../report/atomicWrite.js';
import { CATEGORY_IDS, type Detection, type FileSummary, type PersonalRecord } from '../types.js';

export const CONTRIBUTION_VERSION = 1;
export const CONTRIBUTION_SUFFIX = '.jsonl.gz';

export interface ContributionHeader {
  v: number;
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the content as it was hashed just before the scan. */
  sha256: string;
  hashedAtMs: number;
  /** The detection settings the entry was made with (src/state/settingsKey.ts). */
  settings: string;
}

type RecordLine = [number, string | null, number, [string, string[]][], [string, string | null, string, boolean, number][]];

/** The entry's file name: a hash of the scanned file's absolute path. */
export function contributionPath(filesDir: string, absPath: string): string {
  return join(filesDir, `${createHash('sha256').update(absPath).digest('hex').slice(0, 32)}${CONTRIBUTION_SUFFIX}`);
}

/** The lines of a gzip'd entry; stopping early (a header read) closes the file at once. */
async function* lines(file: string): AsyncGenerator<string> {
  const input = pipeline(createReadStream(file), createGunzip(), () => undefined);
  input.setEncoding('utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    yield* rl;
  } finally {
    rl.close();
    input.destroy();
  }
}

/** The first line of an entry, or undefined when there is none (or it is from another version). */
export async function readHeader(file: string): Promise<ContributionHeader | undefined> {
  try {
    for await (const line of lines(file)) {
      const h = JSON.parse(line) as ContributionHeader;
      return h.v === CONTRIBUTION_VERSION ? h : undefined;
    }
  } catch {
    // Missing or unreadable: the file is scanned again.
  }
  return undefined;
}

/** Entries up to this many records are read once and held (with a few dozen files in hand at once, memory stays bounded); larger ones are read twice (check, then stream). */
const HELD_RECORDS = 5_000;

/**
 * Streams an entry's records back in batches; returns its summary, or undefined when the
 * entry is incomplete or unreadable. Records are emitted only once the whole entry has been
 * read without fault, so a bad entry emits nothing and the caller scans the file instead.
 */
export async function replayContribution(
  file: string,
  emit: (batch: PersonalRecord[]) => void,
  batchSize: number,
  heldRecords = HELD_RECORDS,
): Promise<FileSummary | undefined> {
  const held = await readHeld(file, heldRecords);
  if (held === undefined) return undefined;
  if (held !== 'too-large') {
    for (let i = 0; i < held.records.length; i += batchSize) emit(held.records.slice(i, i + batchSize));
    return held.summary;
  }
  const summary = await readSummary(file);
  if (!summary) return undefined;
  let batch: PersonalRecord[] = [];
  for await (const line of lines(file)) {
    if (!line.startsWith('[')) continue;
    batch.push(fromLine(JSON.parse(line) as RecordLine));
    if (batch.length >= batchSize) {
      emit(batch);
      batch = [];
    }
  }
  if (batch.length > 0) emit(batch);
  return summary;
}

async function readHeld(file: string, heldRecords: number): Promise<{ records: PersonalRecord[]; summary: FileSummary } | 'too-large' | undefined> {
  const records: PersonalRecord[] = [];
  let summary: FileSummary | undefined;
  try {
    for await (const line of lines(file)) {
      if (line.startsWith('[')) {
        if (records.length === heldRecords) return 'too-large';
        records.push(fromLine(JSON.parse(line) as RecordLine));
      } else if (line.startsWith('{"summary"')) {
        summary = (JSON.parse(line) as { summary: FileSummary }).summary;
      }
    }
  } catch {
    return undefined;
  }
  return summary ? { records, summary } : undefined;
}

async function readSummary(file: string): Promise<FileSummary | undefined> {
  let last = '';
  try {
    for await (const line of lines(file)) if (line.length > 0) last = line;
    return last.startsWith('{"summary"') ? (JSON.parse(last) as { summary: FileSummary }).summary : undefined;
  } catch {
    return undefined;
  }
}

function fromLine([c, sheet, record, slots, detections]: RecordLine): PersonalRecord {
  return {
    sheet,
    record,
    category: CATEGORY_IDS[c],
    slots: slots.map(([role, keys]) => ({ role, keys })),
    detections: detections.map(([type, field, value, verified, confidence]): Detection => ({ type, field, value, verified, confidence })),
  };
}

function toLine(r: PersonalRecord): string {
  const line: RecordLine = [
    CATEGORY_IDS.indexOf(r.category),
    r.sheet,
    r.record,
    r.slots.map((s) => [s.role, s.keys]),
    r.detections.map((d) => [d.type, d.field, d.value, d.verified, d.confidence]),
  ];
  return JSON.stringify(line);
}

/** Writes one entry as records arrive; it appears under its name only on `commit`. */
export class ContributionWriter {
  private readonly out: AtomicLineWriter;
  private pending: Promise<void>;

  constructor(file: string, header: ContributionHeader) {
    this.out = new AtomicLineWriter(file, { gzip: true });
    this.pending = this.out.write(JSON.stringify(header));
  }

  add(records: PersonalRecord[]): void {
    if (records.length === 0) return;
    const text = records.map(toLine).join('\n');
    this.pending = this.pending.then(() => this.out.write(text));
  }

  async commit(summary: FileSummary): Promise<void> {
    await this.pending;
    await this.out.write(JSON.stringify({ summary }));
    await this.out.commit();
  }

  async abort(): Promise<void> {
    await this.pending.catch(() => undefined);
    await this.out.abort();
  }
}
