// Everything piscan writes appears whole or not at all: written to a temporary file
// beside the target, flushed, then renamed over it.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** `mode` applies from the first byte (a key file is never readable by others, even briefly). */
export async function writeFileAtomic(target: string, content: string | Buffer, mode = 0o666): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    const handle = await open(tmp, 'w', mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Streams lines into a temporary file; `commit` renames it into place, `abort` removes it.
 * With `gzip`, the file is gzip-compressed (level 1: state files are written far more
 * often than they are read, and JSON lines shrink about five times even so).
 */
export class AtomicLineWriter {
  private readonly tmp: string;
  private readonly file;
  private readonly stream: Writable;

  constructor(
    private readonly target: string,
    opts: { gzip?: boolean } = {},
  ) {
    this.tmp = tempPathFor(target);
    this.file = createWriteStream(this.tmp);
    if (opts.gzip) {
      const gz = createGzip({ level: 1 });
      gz.pipe(this.file);
      this.stream = gz;
    } else {
      this.stream = this.file;
    }
  }

  async write(line: string): Promise<void> {
    if (!this.stream.write(line + '\n', 'utf8')) await new Promise<void>((r) => this.stream.once('drain', () => r()));
  }

  async commit(): Promise<void> {
    const closed = new Promise<void>((resolve, reject) => {
      this.file.once('close', () => resolve());
      this.file.once('error', reject);
      this.stream.once('error', reject);
    });
    this.stream.end();
    await closed;
    await rename(this.tmp, this.target);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    this.file.destroy();
    await rm(this.tmp, { force: true });
  }
}
