// The bytes a reader gets: a file on disk up to the size the walker saw (a file that
// grows while it is read is read as it was, then reported), or an archive member.
import { createReadStream } from 'node:fs';
import { memberBytes } from '../archive/member.js';
import type { ByteRange, FileSource } from '../types.js';

export function openBytes(source: FileSource): AsyncIterable<Buffer> {
  if (source.member) return memberBytes(source.member);
  if (source.range) return rangeBytes(source.absPath, source.range);
  // `end` is inclusive; an empty file still opens (so a missing one fails as such).
  return createReadStream(source.absPath, { end: Math.max(0, source.size - 1), highWaterMark: 1 << 20 });
}

/** The first bytes of a stream (to sniff the format) and the whole stream, read once. */
export interface Peeked {
  head: Buffer;
  bytes: AsyncIterable<Buffer>;
  /** Releases the stream when its bytes will not be read. */
  close(): Promise<void>;
}

export async function peek(stream: AsyncIterable<Buffer>, n: number): Promise<Peeked> {
  const it = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let got = 0;
  let ended = false;
  while (got < n) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    got += next.value.length;
  }
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      yield* chunks;
      if (ended) return;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      await it.return?.();
    }
  }
  return {
    head: Buffer.concat(chunks).subarray(0, n),
    bytes: bytes(),
    close: async () => void (await it.return?.()),
  };
}

/** A range of a file, after the file's first record when the range needs it to know its header. */
async function* rangeBytes(path: string, range: ByteRange): AsyncGenerator<Buffer> {
  if (range.header) yield* createReadStream(path, { start: range.header.start, end: range.header.end - 1 });
  yield* createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: 1 << 20 });
}
