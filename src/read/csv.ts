// CSV/TSV through papaparse's streaming parser: delimiter sniffed from the content,
// quoted fields with newlines, ragged rows (extra cells have no column name). The first
// row is taken as the header unless it looks like data.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { DataRecord } from '../types.js';
import { ReadError } from './errors.js';

export interface CsvOptions {
  delimiter?: string;
  /** Whether a cell of the first row is a known column name (piscan's header vocabulary). */
  isKnownHeader: (cell: string) => boolean;
  maxFieldChars: number;
}

export async function* csvRecords(chunks: AsyncIterable<string>, opts: CsvOptions): AsyncGenerator<DataRecord> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: opts.delimiter ?? '', skipEmptyLines: 'greedy' }) as NodeJS.ReadWriteStream;
  const source = Readable.from(chunks);
  source.on('error', (e) => parser.emit('error', e));
  source.pipe(parser);
  let header: string[] | null | undefined;
  let index = 0;
  for await (const row of parser as AsyncIterable<string[]>) {
    if (header === undefined) {
      header = looksLikeHeader(row, opts) ? row.map((c) => c.trim()) : null;
      if (header) continue;
    }
    index++;
    const fields = row.map((value, i) => {
      if (value.length > opts.maxFieldChars) throw new ReadError(`record ${index}: a field is longer than ${opts.maxFieldChars} characters (unbalanced quote?)`);
      return { name: header?.[i] || null, value };
    });
    yield { sheet: null, index, fields };
  }
}

const DATA_LIKE = /\d{5}|@/;

function looksLikeHeader(row: string[], opts: CsvOptions): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c.length > 0);
  if (cells.length === 0) return false;
  if (cells.some(opts.isKnownHeader)) return true;
  return cells.every((c) => c.length <= 64 && !DATA_LIKE.test(c));
}
