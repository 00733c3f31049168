// Writes sample archives — zip (members may themselves be zips: nested), .gz and .tar.gz —
// byte-identical on every run: fixed mtimes and modes, members in the order given, and
// the gzip header's OS byte fixed (zlib sets it from the platform it was built for).
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';

export interface ArchiveMember {
  /** Path inside the archive, `/`-separated (`dir/b.csv`). */
  path: string;
  content: Buffer | string;
}

/** 2026-01-01T00:00:00Z: zip stores local DOS time, so this is what every writer stamps. */
export const SAMPLE_MTIME = new Date(Date.UTC(2026, 0, 1));

const GZIP_OS_BYTE = 9;
const GZIP_OS_UNKNOWN = 255;

function bytes(content: Buffer | string): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** A zip in memory; pass its result as a member's content for a nested zip. */
export async function zipBuffer(members: ArchiveMember[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // yazl stamps DOS time in the local zone; a UTC-independent stamp needs the local equivalent.
  const mtime = new Date(SAMPLE_MTIME.getTime() + SAMPLE_MTIME.getTimezoneOffset() * 60_000);
  for (const m of members) zip.addBuffer(bytes(m.content), m.path, { mtime, mode: 0o100644, compress: true });
  const parts: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => parts.push(chunk));
    zip.outputStream.on('end', resolve);
    zip.outputStream.on('error', reject);
  });
  zip.end();
  await done;
  return Buffer.concat(parts);
}

/** gzip of one content, with a fixed header (mtime 0, OS unknown). */
export function gzipBuffer(content: Buffer | string): Buffer {
  const out = gzipSync(bytes(content), { level: 9 });
  out[GZIP_OS_BYTE] = GZIP_OS_UNKNOWN;
  return out;
}

/** An uncompressed POSIX tar in memory. */
export async function tarBuffer(members: ArchiveMember[]): Promise<Buffer> {
  const pack = tar.pack();
  const parts: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack) parts.push(chunk);
  })();
  for (const m of members) {
    const content = bytes(m.content);
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name: m.path, size: content.length, mtime: SAMPLE_MTIME, mode: 0o644, uid: 0, gid: 0, uname: '', gname: '' }, content, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(parts);
}

export async function writeZip(file: string, members: ArchiveMember[]): Promise<void> {
  await writeFile(file, await zipBuffer(members));
}

export async function writeGzip(file: string, content: Buffer | string): Promise<void> {
  await writeFile(file, gzipBuffer(content));
}

export async function writeTar(file: string, members: ArchiveMember[]): Promise<void> {
  await writeFile(file, await tarBuffer(members));
}

export async function writeTarGz(file: string, members: ArchiveMember[]): Promise<void> {
  await writeFile(file, gzipBuffer(await tarBuffer(members)));
}
