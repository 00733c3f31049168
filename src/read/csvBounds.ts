// Keeps papaparse from buffering without end: it holds a record until the record ends, so
// an unbalanced quote makes the rest of the file one field, and a 1 GB line one record.
// This pass follows the quoting (as papaparse does: a quote opens a field only at its
// start, `""` is an escaped quote) and stops a record longer than the limit while it is
// being read, and a quote still open at the end of the file, each with one clear error.
import { CsvQuoting } from './csvQuoting.js';
import { ReadError } from './errors.js';

export const PARSER_CHUNK_CHARS = 4 * 1024;

/**
 * papaparse's stream re-slices the rest of its current chunk each time the consumer
 * applies backpressure (every 16 rows): cost grows with the square of the chunk, so it
 * gets small ones (measured: 12,000 rows in one chunk 12 s, in 4K-character ones 1 s).
 */
function* slices(s: string): Generator<string> {
  for (let at = 0; at < s.length; at += PARSER_CHUNK_CHARS) yield s.slice(at, at + PARSER_CHUNK_CHARS);
}

export async function* boundedCsvText(chunks: AsyncIterable<string>, maxRecordChars: number): AsyncGenerator<string> {
  const quoting = new CsvQuoting();
  for await (const s of chunks) {
    const base = quoting.end;
    quoting.feed(s);
    if (quoting.end - quoting.recordStart > maxRecordChars) {
      // The records before the long one are still read (and count).
      yield* slices(s.slice(0, Math.max(0, quoting.recordStart - base)));
      const why = quoting.inQuotes ? ' (unbalanced quote?)' : '';
      throw new ReadError(`the record starting on line ${quoting.recordLine} is longer than ${maxRecordChars} characters${why}`);
    }
    yield* slices(s);
  }
  if (quoting.unbalanced) {
    throw new ReadError(`unbalanced quote: the record starting on line ${quoting.recordLine} has no closing quote`);
  }
}
