// CSV/TSV through papaparse's streaming parser: delimiter sniffed from the content,
// quoted fields with newlines, ragged rows (extra cells have no column name). The first
// row is taken as the header unless it looks like data.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { DataRecord } from '../types.js';
import { boundedCsvText } from './csvBounds.js';
import { ReadError } from './errors.js';
import { looksLikeHeader, type IsKnownHeader } from './headerRow.js';
import { textField } from './numbers.js';

export interface CsvOptions {
  delimiter?: string;
  /** Whether a cell of the first row is a known column name (piscan's header vocabulary). */
  isKnownHeader: IsKnownHeader;
  maxFieldChars: number;
  /**
   * The first row is the file's first record, read before a later range of the file
   * (ByteRange.header) only to decide whether the file has a header: never a record here.
   */
  firstRowIsElsewhere?: boolean;
}

export async function* csvRecords(chunks: AsyncIterable<string>, opts: CsvOptions): AsyncGenerator<DataRecord> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: opts.delimiter ?? '', skipEmptyLines: 'greedy' }) as NodeJS.ReadWriteStream;
  const source = Readable.from(boundedCsvText(chunks, opts.maxFieldChars));
  source.on('error', (e) => parser.emit('error', e));
  source.pipe(parser);
  let header: string[] | null | undefined;
  let index = 0;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      if (header === undefined) {
        header = looksLikeHeader(row, opts.isKnownHeader) ? row.map((c) => c.trim()) : null;
        if (header || opts.firstRowIsElsewhere) continue;
      }
      index++;
      const fields = row.map((value, i) => {
        if (value.length > opts.maxFieldChars) throw new ReadError(`record ${index}: a field is longer than ${opts.maxFieldChars} characters (unbalanced quote?)`);
        return textField(header?.[i] || null, value);
      });
      yield { sheet: null, index, fields };
    }
  } finally {
    // Ends the byte stream under it too (a file handle, an archive member's zip) when reading stops early.
    source.destroy();
  }
}
