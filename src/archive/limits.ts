// Bounds on what one archive may make the scanner unpack. Zip bombs and archives of
// millions of members are real on file shares; each limit stops only the member (or the
// rest of the archive) that crosses it, with a reason naming the flag that sets it.

export interface ArchiveLimits {
  /** Uncompressed bytes per outermost archive, nested archives included. */
  maxBytes: number;
  /** Uncompressed ÷ compressed size of one member (above RATIO_FLOOR bytes). */
  maxRatio: number;
  /** How many archives deep members are opened: 1 opens a.zip, 2 also a.zip!b.zip. */
  maxDepth: number;
  /** Members (files, nested archives included) per outermost archive. */
  maxMembers: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  maxDepth: 3,
  maxMembers: 100_000,
};

/** Small members compress far beyond any ratio limit (a 1 MB file of spaces); only larger ones count. */
export const RATIO_FLOOR = 1024 * 1024;

/** What one outermost archive has used of its limits so far. */
export interface ArchiveBudget {
  bytes: number;
  members: number;
}

export const limitReasons = {
  bytes: (l: ArchiveLimits) => `archive holds more than ${l.maxBytes} uncompressed bytes (--max-archive-bytes)`,
  ratio: (l: ArchiveLimits, ratio: number) =>
    `compression ratio ${Math.round(ratio)}:1 over ${l.maxRatio}:1 (zip bomb?) (--max-archive-ratio)`,
  depth: (l: ArchiveLimits) => `archive nested more than ${l.maxDepth} deep, not opened (--max-archive-depth)`,
  members: (l: ArchiveLimits) => `archive has more than ${l.maxMembers} members, the rest were not scanned (--max-archive-members)`,
};

export function overRatio(size: number, compressedSize: number, limits: ArchiveLimits): number | undefined {
  if (size <= RATIO_FLOOR) return undefined;
  const ratio = size / Math.max(1, compressedSize);
  return ratio > limits.maxRatio ? ratio : undefined;
}
