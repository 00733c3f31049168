// Plans how a large file is read by several workers at once: a UTF-8 text or CSV file is
// cut into byte ranges at record starts. One pass over the bytes finds the cuts with the
// quoting papaparse follows (csvQuoting.ts). A file whose whole reading would stop with an
// error (an unbalanced quote, a record over the length limit) or whose record boundaries
// are ambiguous (a lone CR line end, irregular quoting) is not cut: it is read whole, so
// its outcome is the same whatever the number of workers.
import Papa from 'papaparse';
import type { ByteRange, FileSource } from '../types.js';
import { openBytes, peek } from './bytes.js';
import { CsvQuoting } from './csvQuoting.js';
import { SNIFF_BYTES, sniffFormat } from './format.js';
import { PARSER_CHUNK_CHARS } from './csvBounds.js';

const CR = 0x0d;
const LF = 0x0a;

export async function planRanges(source: FileSource, rangeBytes: number, maxRecordChars: number): Promise<ByteRange[] | undefined> {
  if (source.member || source.range || source.size < 2 * rangeBytes) return undefined;
  const { head, close } = await peek(openBytes(source), SNIFF_BYTES);
  await close();
  const sniff = sniffFormat(source.absPath, head);
  if (!('sniffed' in sniff) || sniff.sniffed.encoding !== 'utf-8') return undefined;
  const { format } = sniff;
  if (format !== 'csv' && format !== 'tsv' && format !== 'text') return undefined;
  const bomLength = sniff.sniffed.bomLength;
  let guess: { delimiter: string; crlf: boolean } | undefined;
  if (format !== 'text') {
    guess = csvGuess(head.subarray(bomLength).toString('utf8'), format === 'tsv' ? '\t' : '');
    if (!guess) return undefined;
  }
  const bounds = new Bounds(source.size, rangeBytes, maxRecordChars, bomLength);
  const cuts = guess ? await csvCuts(source, bounds, guess.delimiter, guess.crlf) : await lineCuts(source, bounds);
  if (!cuts || cuts.length === 0) return undefined;
  const starts = [0, ...cuts];
  return starts.map((start, k) => ({
    start,
    end: starts[k + 1] ?? source.size,
    format,
    bomLength: k === 0 ? bomLength : 0,
    ...(guess && { delimiter: guess.delimiter }),
    ...(guess && k > 0 && { header: { start: bomLength, end: bounds.firstRecordEnd } }),
  }));
}

/**
 * The delimiter and line end papaparse guesses from its first chunk of the whole file
 * (boundedCsvText hands it slices of PARSER_CHUNK_CHARS), so every range parses alike.
 */
function csvGuess(text: string, delimiter: string): { delimiter: string; crlf: boolean } | undefined {
  const meta = Papa.parse(text.slice(0, PARSER_CHUNK_CHARS), { delimiter, skipEmptyLines: 'greedy', preview: 1 }).meta;
  if (meta.linebreak === '\r') return undefined;
  return { delimiter: meta.delimiter, crlf: meta.linebreak === '\r\n' };
}

/** Collects cuts at record starts about `rangeBytes` apart, and notices a record too long to read. */
class Bounds {
  readonly cuts: number[] = [];
  firstRecordEnd = -1;
  tooLong = false;
  private last: number;
  private next: number;

  constructor(
    private readonly size: number,
    private readonly rangeBytes: number,
    private readonly maxRecordBytes: number,
    bomLength: number,
  ) {
    this.last = bomLength;
    this.next = rangeBytes;
  }

  recordStart(at: number): void {
    if (at - this.last > this.maxRecordBytes) this.tooLong = true;
    this.last = at;
    if (this.firstRecordEnd < 0) this.firstRecordEnd = at;
    if (at >= this.next && at < this.size) {
      this.cuts.push(at);
      this.next = at + this.rangeBytes;
    }
  }

  /** The cuts, or undefined when the file ends in a record too long to read. */
  finish(): number[] | undefined {
    if (this.size - this.last > this.maxRecordBytes) this.tooLong = true;
    return this.tooLong ? undefined : this.cuts;
  }
}

async function lineCuts(source: FileSource, bounds: Bounds): Promise<number[] | undefined> {
  let base = 0;
  for await (const buf of openBytes(source)) {
    for (let n = buf.indexOf(LF); n !== -1; n = buf.indexOf(LF, n + 1)) bounds.recordStart(base + n + 1);
    base += buf.length;
  }
  return bounds.finish();
}

/** Record starts of a CSV file; with CRLF line ends only after a CRLF, where papaparse ends a row. */
async function csvCuts(source: FileSource, bounds: Bounds, delimiter: string, crlf: boolean): Promise<number[] | undefined> {
  const quoting = new CsvQuoting(new Set([delimiter, '\n', '\r']));
  let before = -1;
  let buf: Buffer = Buffer.alloc(0);
  let base = 0;
  const onStart = (at: number): void => {
    const cr = at - 2 >= base ? buf[at - 2 - base] : before;
    if (!crlf || cr === CR) bounds.recordStart(at);
  };
  for await (const chunk of openBytes(source)) {
    buf = chunk;
    // Latin-1 keeps one character per byte, and UTF-8 never puts a quote, delimiter or
    // line end inside a multi-byte character: offsets in this text are byte offsets.
    quoting.feed(chunk.toString('latin1'), onStart);
    if (quoting.irregular) return undefined;
    base += chunk.length;
    before = chunk.length >= 1 ? chunk[chunk.length - 1] : before;
  }
  return quoting.unbalanced ? undefined : bounds.finish();
}
