// `node dist/bench/re2Alone.js FILE`: the ceiling of any scanner built on the regex engine
// piscan uses. It runs the catalogue's combined scanner (the same RE2 parts, through
// node-re2, on the file's bytes) over a text file on one thread and finds every match,
// with no other work per match: no validation, context, classification or hashing.
// Prints the number of matches; the bench times it.
import { closeSync, openSync, readSync } from 'node:fs';
import type RE2 from 're2';
import { builtinCatalogue } from '../src/detect/catalogue.js';

const CHUNK_BYTES = 16 * 1024 * 1024;
const NEWLINE = 0x0a;

/** Every match of the catalogue's scanner parts in the file, read in chunks of whole lines. */
export function countMatches(path: string): number {
  const parts = builtinCatalogue().scannerParts.map((p) => p.re);
  const buf = Buffer.alloc(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  let matches = 0;
  try {
    let carried = 0;
    for (;;) {
      const read = readSync(fd, buf, carried, CHUNK_BYTES - carried, null);
      const filled = carried + read;
      // Whole lines only, so that no match is cut at a chunk's end; the rest opens the next chunk.
      const lastNewline = read === 0 ? -1 : buf.lastIndexOf(NEWLINE, filled - 1);
      const end = lastNewline < 0 ? filled : lastNewline + 1;
      for (const re of parts) matches += everyMatch(re, buf.subarray(0, end));
      if (read === 0) break;
      carried = filled - end;
      buf.copy(buf, 0, end, filled);
    }
  } finally {
    closeSync(fd);
  }
  return matches;
}

/** How many matches a global RE2 finds in the bytes, stepping past empty ones. */
function everyMatch(re: RE2, bytes: Buffer): number {
  let n = 0;
  let from = 0;
  re.lastIndex = 0;
  while (from < bytes.length && re.test(bytes)) {
    n++;
    from = re.lastIndex === from ? from + 1 : re.lastIndex;
    re.lastIndex = from;
  }
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: node dist/bench/re2Alone.js FILE\n');
    process.exit(2);
  }
  try {
    process.stdout.write(`${countMatches(path)}\n`);
  } catch (e) {
    // one line, which the bench prints in its cell
    process.stderr.write(`re2Alone: ${(e as Error).message.split('\n')[0]}\n`);
    process.exit(2);
  }
}
