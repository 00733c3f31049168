// Opens a file with the reader its content calls for. Every reader yields DataRecords.
import { open } from 'node:fs/promises';
import type { DataRecord } from '../types.js';
import { csvRecords } from './csv.js';
import { decodedChunks } from './encoding.js';
import { sniffFormat } from './format.js';
import { lineRecords } from './text.js';

export interface ReaderLimits {
  /** Longest line or field, in characters; beyond it the file is reported, not loaded. */
  maxRecordChars: number;
  isKnownHeader: (cell: string) => boolean;
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
  const chunks = decodedChunks(path, sniff.sniffed);
  const records =
    sniff.format === 'text'
      ? lineRecords(chunks, limits.maxRecordChars)
      : csvRecords(chunks, {
          delimiter: sniff.format === 'tsv' ? '\t' : undefined,
          isKnownHeader: limits.isKnownHeader,
          maxFieldChars: limits.maxRecordChars,
        });
  return { format: sniff.format, encoding: sniff.sniffed.encoding, records };
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
