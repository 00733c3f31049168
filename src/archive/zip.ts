// Zip archives through yauzl: it reads the central directory (so listing costs no
// decompression), flags encrypted entries, checks every entry's size as it inflates,
// and can stream one entry from its offset, which is how a worker reads a member.
import type { Readable } from 'node:stream';
import yauzl, { Entry, type ZipFile } from 'yauzl';
import type { MemberLocator } from '../types.js';
import { archiveFailure } from './errors.js';

type ZipLocator = Extract<MemberLocator, { kind: 'zip' }>;

const STORED = 0;
const DEFLATED = 8;

export async function openZip(path: string): Promise<ZipFile> {
  try {
    return await new Promise<ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
    );
  } catch (e) {
    throw archiveFailure('zip archive', e);
  }
}

/** The file entries of a zip, in central-directory order (folders left out). */
export async function* zipEntries(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const entry = await new Promise<Entry | null>((resolve, reject) => {
      const done = (value: Entry | null, err?: Error): void => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        if (err) reject(archiveFailure('zip archive', err));
        else resolve(value);
      };
      const onEntry = (e: Entry): void => done(e);
      const onEnd = (): void => done(null);
      const onError = (err: Error): void => done(null, err);
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (!entry) return;
    if (!entry.fileName.endsWith('/')) yield entry;
  }
}

/** Why an entry cannot be read, or undefined when it can. */
export function unreadableEntry(entry: Entry): string | undefined {
  if (entry.isEncrypted()) return 'encrypted zip member';
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return `zip member compressed with method ${entry.compressionMethod} (only stored and deflate are supported)`;
  }
  return undefined;
}

export function zipLocator(archive: string, entry: Entry): ZipLocator {
  return {
    kind: 'zip',
    archive,
    name: entry.fileName,
    localHeaderOffset: entry.relativeOffsetOfLocalHeader,
    compressedSize: entry.compressedSize,
    size: entry.uncompressedSize,
    deflated: entry.compressionMethod === DEFLATED,
  };
}

export function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(archiveFailure('zip member', err)) : resolve(s))));
}

/** A member's bytes straight from its offset: no walk of the central directory per member. */
export async function* zipMemberBytes(loc: ZipLocator): AsyncGenerator<Buffer> {
  const zip = await openZip(loc.archive);
  try {
    const at = Object.assign(new Entry(), { relativeOffsetOfLocalHeader: loc.localHeaderOffset, compressedSize: loc.compressedSize });
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.readLocalFileHeader(at, { minimal: true }, (err, header) => {
        if (err) return reject(err);
        zip.openReadStreamLowLevel(header.fileDataStart, loc.compressedSize, 0, loc.compressedSize, loc.deflated, loc.size, (e, s) =>
          e ? reject(e) : resolve(s),
        );
      }),
    );
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
    } finally {
      stream.destroy();
    }
  } catch (e) {
    throw archiveFailure('zip member', e);
  } finally {
    zip.close();
  }
}
