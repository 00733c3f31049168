// Opens a file (or an archive member) with the reader its content calls for. Every reader yields DataRecords.
import { stat } from 'node:fs/promises';
import type { ByteRange, DataRecord, FileSource } from '../types.js';
import { openBytes, peek } from './bytes.js';
import { csvRecords } from './csv.js';
import { decodeBytes, type Sniffed } from './encoding.js';
import { DEFAULT_WORKBOOK_BUSY_MS, DEFAULT_WORKBOOK_HEAP_MB, workbookRecords } from './excel.js';
import { SNIFF_BYTES, sniffFormat } from './format.js';
import type { IsKnownHeader } from './headerRow.js';
import { DEFAULT_JSON_MAX_DEPTH, jsonRecords } from './json.js';
import { readSpooled } from './spool.js';
import { sqlRecords } from './sql.js';
import { lineRecords } from './text.js';
import { isPostgresDump } from './textFormat.js';

export interface ReaderLimits {
  /** Longest line or field, in characters; beyond it the file is reported, not loaded. */
  maxRecordChars: number;
  isKnownHeader: IsKnownHeader;
  /** Heap of a workbook's parser thread, MiB. */
  workbookHeapMb?: number;
  /** How long a workbook's parser may work at a stretch, ms. */
  workbookBusyMs?: number;
  /** Deepest JSON nesting read. */
  jsonMaxDepth?: number;
}

export interface OpenedFile {
  format: string;
  encoding: string | null;
  records: AsyncIterable<DataRecord>;
}

/** Opens a file the walker found, or (a path) one as it is now. */
export async function openFile(file: FileSource | string, limits: ReaderLimits): Promise<OpenedFile | { skip: string }> {
  const source = typeof file === 'string' ? await currentSource(file) : file;
  if (source.range) {
    const { range } = source;
    const sniffed: Sniffed = { encoding: 'utf-8', bomLength: range.bomLength, binary: false };
    const chunks = decodeBytes(openBytes(source), sniffed);
    return { format: range.format, encoding: sniffed.encoding, records: textRecords(chunks, range.format, sniffed, Buffer.alloc(0), limits, range) };
  }
  const { head, bytes, close } = await peek(openBytes(source), SNIFF_BYTES);
  // A member's own name decides by extension, not the archive's.
  const name = source.member?.name ?? source.absPath;
  const sniff = sniffFormat(name, head);
  if ('skip' in sniff) {
    await close();
    return sniff;
  }
  if (!('sniffed' in sniff)) {
    const workbookLimits = {
      isKnownHeader: limits.isKnownHeader,
      maxHeapMb: limits.workbookHeapMb ?? DEFAULT_WORKBOOK_HEAP_MB,
      maxBusyMs: limits.workbookBusyMs ?? DEFAULT_WORKBOOK_BUSY_MS,
    };
    // The workbook parser reads a file: a member is copied to a temporary one first.
    if (!source.member) await close();
    const records = source.member
      ? readSpooled(bytes, name, (path) => workbookRecords(path, workbookLimits))
      : workbookRecords(source.absPath, workbookLimits);
    return { format: sniff.format, encoding: null, records };
  }
  const chunks = decodeBytes(bytes, sniff.sniffed);
  return { format: sniff.format, encoding: sniff.sniffed.encoding, records: textRecords(chunks, sniff.format, sniff.sniffed, head, limits) };
}

function textRecords(chunks: AsyncIterable<string>, format: string, sniffed: Sniffed, head: Buffer, limits: ReaderLimits, range?: ByteRange): AsyncIterable<DataRecord> {
  const maxRecordChars = limits.maxRecordChars;
  switch (format) {
    case 'json':
    case 'jsonl':
      return jsonRecords(chunks, { lines: format === 'jsonl', maxRecordChars, maxDepth: limits.jsonMaxDepth ?? DEFAULT_JSON_MAX_DEPTH });
    case 'sql':
      return sqlRecords(chunks, { maxRecordChars, backslashEscapes: !isPostgresDump(new TextDecoder(sniffed.encoding).decode(head)) });
    case 'text':
      return lineRecords(chunks, maxRecordChars);
    default:
      return csvRecords(chunks, {
        delimiter: range?.delimiter ?? (format === 'tsv' ? '\t' : undefined),
        isKnownHeader: limits.isKnownHeader,
        maxFieldChars: maxRecordChars,
        firstRowIsElsewhere: range?.header !== undefined,
      });
  }
}

async function currentSource(absPath: string): Promise<FileSource> {
  const { size, mtimeMs } = await stat(absPath);
  return { absPath, size, mtimeMs };
}
