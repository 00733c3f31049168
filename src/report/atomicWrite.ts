// Everything piscan writes appears whole or not at all: written to a temporary file
// beside the target, flushed, then renamed over it.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/** Streams lines into a temporary file; `commit` renames it into place, `abort` removes it. */
export class AtomicLineWriter {
  private readonly tmp: string;
  private readonly stream;

  constructor(private readonly target: string) {
    this.tmp = tempPathFor(target);
    this.stream = createWriteStream(this.tmp, { encoding: 'utf8' });
  }

  async write(line: string): Promise<void> {
    if (!this.stream.write(line + '\n')) await new Promise<void>((r) => this.stream.once('drain', () => r()));
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(this.tmp, this.target);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}
