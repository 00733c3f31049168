// Tar archives through tar-stream: a streaming parser, so a tar is listed in one pass,
// and each member's data offset is recorded so a worker reads it as a byte range.
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { archiveFailure } from './errors.js';

export interface TarMember {
  name: string;
  size: number;
  /** Where the member's data starts in the (uncompressed) tar. */
  dataOffset: number;
  /** The member's data; drained by the lister when the visitor leaves it unread. */
  stream: Readable;
}

const HEADER_BYTES = 512;

/** Regular files of a tar stream, in archive order. */
export async function* tarMembers(input: Readable): AsyncGenerator<TarMember> {
  const extract = tar.extract();
  input.on('error', (e) => extract.destroy(e));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      if (header.type === 'file' || header.type === 'contiguous-file') {
        // tar-stream's entry knows where its header started; the data follows it.
        const headerAt = (entry as typeof entry & { offset: number }).offset;
        yield { name: header.name, size: header.size ?? 0, dataOffset: headerAt + HEADER_BYTES, stream: entry };
      }
      entry.resume();
    }
  } catch (e) {
    throw archiveFailure('tar archive', e);
  } finally {
    input.destroy();
  }
}
