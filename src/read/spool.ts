// A reader that needs a file path (the workbook parser) gets an archive member as a
// temporary file: in a private folder (mode 0700, the bytes are personal data), removed
// as soon as the reader is done with it, however it ends.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export async function* readSpooled<T>(bytes: AsyncIterable<Buffer>, name: string, read: (path: string) => AsyncIterable<T>): AsyncGenerator<T> {
  const dir = await mkdtemp(join(tmpdir(), 'piscan-member-'));
  try {
    const file = join(dir, `member${extname(name)}`);
    await pipeline(bytes, createWriteStream(file, { mode: 0o600 }));
    yield* read(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
