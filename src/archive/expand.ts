// Opens archives as virtual folders for the walker: every member becomes a FileEntry
// (`a.zip!dir/b.csv`) that a worker can read on its own, nested archives are opened in
// turn (`a.zip!inner.zip!x.csv`), and every limit stops only what crosses it.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileEntry, MemberLocator } from '../types.js';
import { ArchiveError } from './errors.js';
import { gunzipBounded } from './gunzip.js';
import { archiveKind, gzipMemberName, looksLikeTar, type ArchiveKind } from './kinds.js';
import { limitReasons, overRatio, type ArchiveBudget, type ArchiveLimits } from './limits.js';
import { tarMembers } from './tar.js';
import type { TempSpace } from './tempSpace.js';
import { entryName, entryStream, openZip, unreadableEntry, zipEntries, zipLocator } from './zip.js';

/** Where the walker wants the results: members to scan, members not scanned, archives that failed. */
export interface ArchiveSink {
  file(entry: FileEntry): void;
  skip(path: string, reason: string): void;
  fail(entry: FileEntry, reason: string): void;
}

/** An archive being listed: where its bytes are on disk and how it is named in the report. */
interface Container {
  outer: FileEntry;
  diskPath: string;
  path: string;
  depth: number;
  kind: ArchiveKind;
  budget: ArchiveBudget;
}

/** One member as any archive kind describes it. */
interface Member {
  name: string;
  size: number;
  compressedSize: number;
  unreadable?: string;
  locator: MemberLocator;
  /** Copies the member to a file (for a nested archive, which needs random access). */
  copyTo(file: string, maxBytes: number): Promise<void>;
}

class TooManyMembers extends Error {}

const TAR_PEEK_BYTES = 512;

export class ArchiveExpander {
  constructor(
    private readonly limits: ArchiveLimits,
    private readonly temp: TempSpace,
  ) {}

  /** Lists the archive the walker found (`kind` from its name) into the sink. */
  async expand(outer: FileEntry, kind: ArchiveKind, sink: ArchiveSink): Promise<void> {
    if (this.limits.maxDepth < 1) return sink.skip(outer.path, limitReasons.depth(this.limits));
    const container: Container = { outer, diskPath: outer.absPath, path: outer.path, depth: 1, kind, budget: { bytes: 0, members: 0 } };
    try {
      await this.list(container, sink);
    } catch (e) {
      if (!(e instanceof TooManyMembers)) throw e;
      sink.skip(outer.path, limitReasons.members(this.limits));
    }
  }

  /** Lists one archive; its failure is one error under its own path, and the walk goes on. */
  private async list(c: Container, sink: ArchiveSink): Promise<void> {
    try {
      if (c.kind === 'zip') await this.listZip(c, sink);
      else if (c.kind === 'tar') await this.listTar(c, createReadStream(c.diskPath), sink);
      else await this.listGzip(c, sink);
    } catch (e) {
      if (e instanceof TooManyMembers) throw e;
      sink.fail({ ...c.outer, path: c.path }, oneLine(e));
    }
  }

  private async listZip(c: Container, sink: ArchiveSink): Promise<void> {
    const zip = await openZip(c.diskPath);
    try {
      for await (const entry of zipEntries(zip)) {
        await this.member(c, sink, {
          name: entryName(entry),
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          unreadable: unreadableEntry(entry),
          locator: zipLocator(c.diskPath, entry),
          copyTo: async (file) => pipeline(await entryStream(zip, entry), createWriteStream(file, { mode: 0o600 })),
        });
      }
    } finally {
      zip.close();
    }
  }

  private async listTar(c: Container, input: Readable, sink: ArchiveSink): Promise<void> {
    for await (const m of tarMembers(input)) {
      await this.member(c, sink, {
        name: m.name,
        size: m.size,
        compressedSize: m.size,
        locator: { kind: 'tar', archive: c.diskPath, name: m.name, offset: m.dataOffset, size: m.size },
        copyTo: (file) => pipeline(m.stream, createWriteStream(file, { mode: 0o600 })),
      });
    }
  }

  /** A .tgz (or a .gz holding a tar) becomes a temporary tar; any other .gz holds one file. */
  private async listGzip(c: Container, sink: ArchiveSink): Promise<void> {
    const { size } = await stat(c.diskPath);
    const bounds = { maxBytes: this.limits.maxBytes - c.budget.bytes, maxRatio: this.limits.maxRatio };
    const head = await firstBytes(gunzipBounded(createReadStream(c.diskPath), { ...bounds, maxBytes: Infinity }), TAR_PEEK_BYTES);
    const name = gzipMemberName(c.path);
    if (looksLikeTar(head) || archiveKind(name) === 'tar') {
      const tarFile = await this.temp.file(name);
      await pipeline(gunzipBounded(createReadStream(c.diskPath), bounds), createWriteStream(tarFile, { mode: 0o600 }));
      return this.listTar({ ...c, diskPath: tarFile }, createReadStream(tarFile), sink);
    }
    await this.member(c, sink, {
      name,
      size: await gzipDeclaredSize(c.diskPath, size),
      compressedSize: size,
      locator: { kind: 'gzip', archive: c.diskPath, name, ...bounds },
      copyTo: (file, maxBytes) => pipeline(gunzipBounded(createReadStream(c.diskPath), { ...bounds, maxBytes }), createWriteStream(file, { mode: 0o600 })),
    });
  }

  private async member(c: Container, sink: ArchiveSink, m: Member): Promise<void> {
    if (++c.budget.members > this.limits.maxMembers) throw new TooManyMembers();
    const path = `${c.path}!${m.name}`;
    if (m.unreadable) return sink.skip(path, m.unreadable);
    const ratio = overRatio(m.size, m.compressedSize, this.limits);
    if (ratio !== undefined) return sink.skip(path, limitReasons.ratio(this.limits, ratio));
    if (c.budget.bytes + m.size > this.limits.maxBytes) return sink.skip(path, limitReasons.bytes(this.limits));
    c.budget.bytes += m.size;
    const nested = archiveKind(m.name);
    if (!nested) {
      return sink.file({ root: c.outer.root, absPath: c.outer.absPath, path, size: m.size, mtimeMs: c.outer.mtimeMs, member: m.locator });
    }
    if (c.depth >= this.limits.maxDepth) return sink.skip(path, limitReasons.depth(this.limits));
    const copy = await this.temp.file(m.name);
    const inner: Container = { ...c, diskPath: copy, path, depth: c.depth + 1, kind: nested };
    try {
      await m.copyTo(copy, this.limits.maxBytes - c.budget.bytes + m.size);
    } catch (e) {
      return sink.fail({ ...c.outer, path }, oneLine(e));
    }
    await this.list(inner, sink);
  }
}

/** The first `n` bytes of a stream (fewer if it is shorter); the rest is not produced. */
async function firstBytes(stream: AsyncGenerator<Buffer>, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  for await (const chunk of stream) {
    parts.push(chunk);
    got += chunk.length;
    if (got >= n) break;
  }
  return Buffer.concat(parts).subarray(0, n);
}

/** ISIZE, the gzip trailer's uncompressed size (mod 2^32: a hint; reads are bounded anyway). */
async function gzipDeclaredSize(path: string, fileSize: number): Promise<number> {
  if (fileSize < 18) throw new ArchiveError('corrupt or truncated gzip data: shorter than a gzip header and trailer');
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    await handle.read(buf, 0, 4, fileSize - 4);
    return buf.readUInt32LE(0);
  } finally {
    await handle.close();
  }
}

function oneLine(e: unknown): string {
  return ((e as Error)?.message ?? String(e)).split('\n')[0];
}
