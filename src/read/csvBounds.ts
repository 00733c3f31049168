// Keeps papaparse from buffering without end: it holds a record until the record ends, so
// an unbalanced quote makes the rest of the file one field, and a 1 GB line one record.
// This pass follows the quoting (as papaparse does: a quote opens a field only at its
// start, `""` is an escaped quote) and stops a record longer than the limit while it is
// being read, and a quote still open at the end of the file, each with one clear error.
import { ReadError } from './errors.js';

/** Characters after which a quote opens a quoted field (papaparse's guessable delimiters, and line ends). */
const FIELD_START = new Set([',', '\t', ';', '|', '\x1e', '\x1f', '\n', '\r']);

const PARSER_CHUNK_CHARS = 4 * 1024;

/**
 * papaparse's stream re-slices the rest of its current chunk each time the consumer
 * applies backpressure (every 16 rows): cost grows with the square of the chunk, so it
 * gets small ones (measured: 12,000 rows in one chunk 12 s, in 4K-character ones 1 s).
 */
function* slices(s: string): Generator<string> {
  for (let at = 0; at < s.length; at += PARSER_CHUNK_CHARS) yield s.slice(at, at + PARSER_CHUNK_CHARS);
}

export async function* boundedCsvText(chunks: AsyncIterable<string>, maxRecordChars: number): AsyncGenerator<string> {
  let base = 0;
  let recordStart = 0;
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteAtChunkEnd = false;
  let prev = '\n';
  for await (const s of chunks) {
    let i = 0;
    if (quoteAtChunkEnd) {
      // A quote inside a quoted field ended the last chunk: `""` escapes, anything else closes.
      quoteAtChunkEnd = false;
      if (s[0] === '"') i = 1;
      else inQuotes = false;
    }
    while (i < s.length) {
      const q = s.indexOf('"', i);
      const stop = q === -1 ? s.length : q;
      for (let n = s.indexOf('\n', i); n !== -1 && n < stop; n = s.indexOf('\n', n + 1)) {
        line++;
        if (!inQuotes) {
          recordStart = base + n + 1;
          recordLine = line;
        }
      }
      if (q === -1) break;
      i = q + 1;
      if (!inQuotes) inQuotes = FIELD_START.has(q > 0 ? s[q - 1] : prev);
      else if (q + 1 === s.length) quoteAtChunkEnd = true;
      else if (s[q + 1] === '"') i = q + 2;
      else inQuotes = false;
    }
    if (base + s.length - recordStart > maxRecordChars) {
      // The records before the long one are still read (and count).
      yield* slices(s.slice(0, Math.max(0, recordStart - base)));
      const why = inQuotes ? ' (unbalanced quote?)' : '';
      throw new ReadError(`the record starting on line ${recordLine} is longer than ${maxRecordChars} characters${why}`);
    }
    base += s.length;
    if (s.length > 0) prev = s[s.length - 1];
    yield* slices(s);
  }
  if (inQuotes && !quoteAtChunkEnd) {
    throw new ReadError(`unbalanced quote: the record starting on line ${recordLine} has no closing quote`);
  }
}
