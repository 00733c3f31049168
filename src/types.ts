// The data that flows between pipeline stages (DESIGN.md):
// walk → FileEntry, read → DataRecord, detect → Detection, classify → CategoryId,
// resolve/tally → Tally, assess → Assessment.

/** The nine legal categories of LEGAL.md, in its order (which is also report order). */
export const CATEGORY_IDS = [
  'track',
  'communication_content',
  'credit',
  'property',
  'accommodation',
  'communication_record',
  'health',
  'transaction',
  'general',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Tier = 'A' | 'B' | 'C';

/**
 * Where the bytes of an archive member are. `archive` is a file on disk: the archive
 * itself, or the walker's temporary copy of a nested or gzip-compressed one.
 */
export type MemberLocator =
  | { kind: 'zip'; archive: string; name: string; localHeaderOffset: number; compressedSize: number; size: number; deflated: boolean }
  | { kind: 'tar'; archive: string; name: string; offset: number; size: number }
  | { kind: 'gzip'; archive: string; name: string; maxBytes: number; maxRatio: number };

/** What a reader needs to open a file or a member, and to notice that it changed since the walk. */
export interface FileSource {
  absPath: string;
  size: number;
  mtimeMs: number;
  /** Set for a member of an archive (`absPath` is then the outermost archive). */
  member?: MemberLocator;
  /** Set for one part of a large text or CSV file that a worker reads beside the others. */
  range?: ByteRange;
}

/**
 * A part of a large UTF-8 text or CSV file: the records that start in bytes [start, end).
 * Cut only where a record starts (src/read/recordCuts.ts), so the parts' records are the
 * file's records, and given what the whole file's reader would have guessed from its start.
 */
export interface ByteRange {
  start: number;
  end: number;
  format: 'csv' | 'tsv' | 'text';
  /** Byte-order mark to skip at `start` (the first range only). */
  bomLength: number;
  /** CSV: the delimiter guessed from the file's start. */
  delimiter?: string;
  /** CSV, ranges after the first: the file's first record, read first to decide whether it is a header (never counted here). */
  header?: { start: number; end: number };
}

/**
 * A file found by the walker. `path` is relative to the root it was found under; a member
 * of an archive reads `a.zip!dir/b.csv` (nested: `a.zip!inner.zip!x.csv`).
 */
export interface FileEntry extends FileSource {
  root: string;
  path: string;
  /** Set when the walker found the file but nothing in it can be read (a truncated archive): its one error. */
  error?: string;
}

/** A file the walker saw but will not read, with the reason why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** One field of a record: a named column, or the whole text of a line (name null). */
export interface Field {
  name: string | null;
  value: string;
  /**
   * The value lost digits before piscan saw it (a long number kept as a double, or text like
   * 1.38123E+10): what is found in it cannot be trusted and counts as unverified.
   */
  damaged?: boolean;
}

/** A record as every reader produces it, whatever the format. */
export interface DataRecord {
  sheet: string | null;
  /** 1-based, as REPORT.md defines it for each format. */
  index: number;
  fields: Field[];
}

/** One identifier or attribute found in a record, as it may appear in output: masked. */
export interface Detection {
  type: string;
  field: string | null;
  value: string;
  verified: boolean;
  confidence: number;
}

/** A person as one record shows them: the keyed hashes that link them to other records. */
export interface PersonSlot {
  role: string;
  keys: string[];
}

/** What detect + classify + resolve make of one personal record; contains no raw value. */
export interface PersonalRecord {
  sheet: string | null;
  record: number;
  category: CategoryId;
  slots: PersonSlot[];
  detections: Detection[];
}

export interface EntityCount {
  found: number;
  unverified: number;
  excluded: number;
}

/** What a reader and the detectors made of one whole file, besides its personal records. */
export interface FileSummary {
  format: string | null;
  encoding: string | null;
  bytes: number;
  records: number;
  entities: Record<string, EntityCount>;
  /** Why the file was not read to its end (records before it still count), or null. */
  error: string | null;
  /** Why the file was not read at all (not a supported format), or null. */
  skipped: string | null;
}
