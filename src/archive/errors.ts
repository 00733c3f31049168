/** An archive (or one of its members) that cannot be unpacked: corrupt, truncated, or over a limit. */
export class ArchiveError extends Error {}

/** One line for a zlib or unpacker failure, naming the archive kind; system errors keep their code. */
export function archiveFailure(kind: string, e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  if (err instanceof ArchiveError) return err;
  if (err?.code && !err.code.startsWith('Z_')) return err;
  const why = (err?.message ?? String(e)).split('\n')[0];
  return new ArchiveError(`corrupt or truncated ${kind}: ${why}`);
}
