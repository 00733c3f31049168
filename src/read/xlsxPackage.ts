// The parts of an .xlsx package: a zip (read through yauzl, as archives are) of XML parts
// that point at each other through relationship parts (`_rels/*.rels`, ECMA-376 Part 2).
import { posix } from 'node:path';
import type { Entry, ZipFile } from 'yauzl';
import { entryName, entryStream, openZip, unreadableEntry, zipEntries } from '../archive/zip.js';
import { XmlFeeder, type XmlHandlers } from './xmlStream.js';

export interface Relationship {
  /** The relationship's type URI; compared by its last segment (`…/worksheet`), the same in strict OOXML. */
  type: string;
  id: string;
  /** The part it points at, as a name in the zip. */
  part: string;
}

export class XlsxPackage {
  private constructor(
    private readonly zip: ZipFile,
    /** Entries by lower-cased name: OPC part names compare without case. */
    private readonly parts: Map<string, Entry>,
  ) {}

  /** The zip's parts; throws when the file is not a readable zip. */
  static async open(path: string): Promise<XlsxPackage> {
    const zip = await openZip(path);
    const parts = new Map<string, Entry>();
    try {
      for await (const entry of zipEntries(zip)) parts.set(entryName(entry).toLowerCase(), entry);
    } catch (e) {
      zip.close();
      throw e;
    }
    return new XlsxPackage(zip, parts);
  }

  has(part: string): boolean {
    return this.parts.has(part.toLowerCase());
  }

  /** A part's bytes as they inflate (yauzl checks them against the sizes the zip declares). */
  async *bytes(part: string): AsyncGenerator<Buffer> {
    const entry = this.parts.get(part.toLowerCase());
    if (!entry) throw new Error(`the package has no part ${part}`);
    const why = unreadableEntry(entry);
    if (why) throw new Error(why);
    const stream = await entryStream(this.zip, entry);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
    } finally {
      stream.destroy();
    }
  }

  /** Reads a whole part through the handlers. */
  async parse(part: string, handlers: XmlHandlers): Promise<void> {
    const xml = new XmlFeeder(handlers);
    for await (const chunk of this.bytes(part)) xml.write(chunk);
    xml.close();
  }

  /** The relationships of a part (of the package itself for ''), internal targets only. */
  async relationships(part: string): Promise<Relationship[]> {
    const dir = posix.dirname(part) === '.' ? '' : posix.dirname(part);
    const rels = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
    if (!this.has(rels)) return [];
    const found: Relationship[] = [];
    await this.parse(rels, {
      open: (name, a) => {
        if (name !== 'Relationship' || a.TargetMode === 'External' || !a.Target) return;
        // targets are relative to the source part's folder, or absolute from the package root
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(dir, a.Target));
        found.push({ type: a.Type ?? '', id: a.Id ?? '', part: target });
      },
      close: () => {},
      text: () => {},
    });
    return found;
  }

  close(): void {
    this.zip.close();
  }
}

/** Whether a relationship's type names this kind of part (`worksheet`, `sharedStrings` …). */
export function isRelationship(r: Relationship, kind: string): boolean {
  return r.type.endsWith(`/${kind}`);
}
