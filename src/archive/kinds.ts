// Which files are opened as archives: by name, because the walker sees millions of files
// and must not open each one; a file whose content disagrees with its name fails as that archive.

export type ArchiveKind = 'zip' | 'tar' | 'gzip';

/** The name endings opened as archives (any case), and the kind each one is. */
const KIND_OF_EXTENSION: Readonly<Record<string, ArchiveKind>> = { zip: 'zip', tar: 'tar', gz: 'gzip', tgz: 'gzip' };
export const ARCHIVE_EXTENSIONS: readonly string[] = Object.keys(KIND_OF_EXTENSION);

export function archiveKind(name: string): ArchiveKind | undefined {
  const n = name.toLowerCase();
  const dot = n.lastIndexOf('.');
  return dot === -1 ? undefined : KIND_OF_EXTENSION[n.slice(dot + 1)];
}

/** The name of the one file inside `x.csv.gz` (`x.csv`); `.tgz` holds a `.tar`. */
export function gzipMemberName(archivePath: string): string {
  const base = archivePath.split(/[\\/!]/).pop() ?? archivePath;
  if (/\.tgz$/i.test(base)) return base.slice(0, -4) + '.tar';
  return /\.gz$/i.test(base) ? base.slice(0, -3) : base;
}

/** A tar stream starts with a 512-byte header that has "ustar" at offset 257 (POSIX and GNU). */
export function looksLikeTar(head: Buffer): boolean {
  return head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar';
}
