// The bytes of one archive member, for a reader: streamed from the archive on disk,
// never unpacked to disk. The walker recorded where each member is (MemberLocator).
import { createReadStream } from 'node:fs';
import type { MemberLocator } from '../types.js';
import { gunzipBounded } from './gunzip.js';
import { zipMemberBytes } from './zip.js';

export function memberBytes(loc: MemberLocator): AsyncIterable<Buffer> {
  if (loc.kind === 'zip') return zipMemberBytes(loc);
  if (loc.kind === 'gzip') return gunzipBounded(createReadStream(loc.archive), loc);
  if (loc.size === 0) return emptyBytes();
  return createReadStream(loc.archive, { start: loc.offset, end: loc.offset + loc.size - 1, highWaterMark: 1 << 20 });
}

async function* emptyBytes(): AsyncGenerator<Buffer> {}
