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
      // Names are decoded here (entryName), not by yauzl: it would read a GBK name as CP437
      // and refuse a whole archive over one `../` name, which matters only when extracting.
      yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
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
    if (!entryName(entry).endsWith('/')) yield entry;
  }
}

const UTF8_NAME_FLAG = 0x800;
const INFO_ZIP_UNICODE_PATH = 0x7075;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * An entry's name as its writer meant it: UTF-8 when the zip says so; otherwise UTF-8 if
 * the bytes are valid UTF-8 (macOS and Linux tools), else GBK — what Explorer, WinRAR and
 * 7-Zip write on Chinese Windows (the zip standard's CP437 would garble every such name).
 */
export function entryName(entry: Entry): string {
  const raw = entry.fileNameRaw;
  if ((entry.generalPurposeBitFlag & UTF8_NAME_FLAG) !== 0 || entry.extraFields.some((f) => f.id === INFO_ZIP_UNICODE_PATH)) {
    return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
  }
  let name: string;
  try {
    name = utf8Strict.decode(raw);
  } catch {
    name = gb18030.decode(raw);
  }
  return name.replace(/\\/g, '/');
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
    name: entryName(entry),
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
