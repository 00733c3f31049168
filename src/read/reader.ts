// Opens a file with the reader its content calls for. Every reader yields DataRecords.
import { open } from 'node:fs/promises';
import type { DataRecord } from '../types.js';
import { csvRecords } from './csv.js';
import { decodedChunks, type Sniffed } from './encoding.js';
import { DEFAULT_WORKBOOK_BUSY_MS, DEFAULT_WORKBOOK_HEAP_MB, workbookRecords } from './excel.js';
import { sniffFormat } from './format.js';
import type { IsKnownHeader } from './headerRow.js';
import { DEFAULT_JSON_MAX_DEPTH, jsonRecords } from './json.js';
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

const SNIFF_BYTES = 64 * 1024;

export async function openFile(path: string, limits: ReaderLimits): Promise<OpenedFile | { skip: string }> {
  const head = await readHead(path);
  const sniff = sniffFormat(path, head);
  if ('skip' in sniff) return sniff;
  if (!('sniffed' in sniff)) {
    const records = workbookRecords(path, {
      isKnownHeader: limits.isKnownHeader,
      maxHeapMb: limits.workbookHeapMb ?? DEFAULT_WORKBOOK_HEAP_MB,
      maxBusyMs: limits.workbookBusyMs ?? DEFAULT_WORKBOOK_BUSY_MS,
    });
    return { format: sniff.format, encoding: null, records };
  }
  return { format: sniff.format, encoding: sniff.sniffed.encoding, records: textRecords(path, sniff.format, sniff.sniffed, head, limits) };
}

function textRecords(path: string, format: string, sniffed: Sniffed, head: Buffer, limits: ReaderLimits): AsyncIterable<DataRecord> {
  const chunks = decodedChunks(path, sniffed);
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
      return csvRecords(chunks, { delimiter: format === 'tsv' ? '\t' : undefined, isKnownHeader: limits.isKnownHeader, maxFieldChars: maxRecordChars });
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
