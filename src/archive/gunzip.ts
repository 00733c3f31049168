// gzip decompression that stops at a byte budget and at a compression ratio, so a gzip
// bomb costs at most the budget in time and never the disk or memory it claims.
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ArchiveError, archiveFailure } from './errors.js';
import { RATIO_FLOOR } from './limits.js';

export interface GunzipBounds {
  maxBytes: number;
  maxRatio: number;
}

export async function* gunzipBounded(compressed: Readable, bounds: GunzipBounds): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  let inBytes = 0;
  let outBytes = 0;
  compressed.on('data', (chunk: Buffer) => void (inBytes += chunk.length));
  compressed.on('error', (e) => gunzip.destroy(e));
  compressed.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      outBytes += chunk.length;
      if (outBytes > bounds.maxBytes) {
        throw new ArchiveError(`gzip data larger than ${bounds.maxBytes} bytes uncompressed (--max-archive-bytes)`);
      }
      if (outBytes > RATIO_FLOOR && outBytes > bounds.maxRatio * inBytes) {
        throw new ArchiveError(`gzip compression ratio over ${bounds.maxRatio}:1 (zip bomb?) (--max-archive-ratio)`);
      }
      yield chunk;
    }
  } catch (e) {
    throw archiveFailure('gzip data', e);
  } finally {
    compressed.destroy();
    gunzip.destroy();
  }
}
