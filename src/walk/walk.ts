// Finds the files to scan under the roots. Every file seen but not scanned is returned
// with its reason, so the report accounts for the whole tree.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import fg from 'fast-glob';
import type { FileEntry, SkippedFile } from '../types.js';

export interface WalkOptions {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** Scan files and folders whose name starts with a dot (otherwise reported as skipped). */
  hidden: boolean;
  /** Follow symbolic links; each real file is still scanned once, and depth is bounded against loops. */
  followSymlinks: boolean;
}

export interface WalkResult {
  files: FileEntry[];
  skipped: SkippedFile[];
}

export class RootError extends Error {}

const MAX_DEPTH_WITH_SYMLINKS = 40;

export async function walk(roots: string[], opts: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [] };
  const seenInodes = new Map<string, string>();
  for (const root of roots) {
    const abs = resolve(root);
    const st = await stat(abs).catch(() => undefined);
    if (!st) throw new RootError(`path not found: ${root}`);
    if (st.isFile()) {
      addFile(result, seenInodes, opts, { root, absPath: abs, path: basename(abs), size: st.size, mtimeMs: st.mtimeMs }, `${st.dev}:${st.ino}`);
      continue;
    }
    const entries = await fg(opts.include.length > 0 ? opts.include : ['**/*'], {
      cwd: abs,
      // Hidden folders are reported once, not descended into.
      ignore: opts.hidden ? opts.exclude : [...opts.exclude, '**/.*/**/*'],
      dot: true,
      onlyFiles: false,
      markDirectories: false,
      followSymbolicLinks: opts.followSymlinks,
      deep: opts.followSymlinks ? MAX_DEPTH_WITH_SYMLINKS : Infinity,
      stats: true,
      suppressErrors: true,
      objectMode: true,
    });
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const e of entries) {
      const s = e.stats!;
      if (e.dirent.isSymbolicLink() && !opts.followSymlinks) {
        result.skipped.push({ path: e.path, reason: 'symbolic link, not followed (use --follow-symlinks)' });
        continue;
      }
      if (s.isDirectory()) {
        if (!opts.hidden && isHidden(e.path)) result.skipped.push({ path: e.path, reason: 'hidden folder (use --hidden to scan)' });
        continue;
      }
      if (!s.isFile()) {
        result.skipped.push({ path: e.path, reason: 'not a regular file' });
        continue;
      }
      const entry = { root, absPath: resolve(abs, e.path), path: e.path, size: s.size, mtimeMs: s.mtimeMs };
      addFile(result, seenInodes, opts, entry, `${s.dev}:${s.ino}`);
    }
  }
  return result;
}

function addFile(result: WalkResult, seen: Map<string, string>, opts: WalkOptions, entry: FileEntry, inode: string): void {
  const skip = (reason: string): void => void result.skipped.push({ path: entry.path, reason });
  if (!opts.hidden && isHidden(entry.path)) return skip('hidden (use --hidden to scan)');
  if (entry.size > opts.maxFileSize) return skip(`larger than --max-file-size (${entry.size} > ${opts.maxFileSize} bytes)`);
  const first = seen.get(inode);
  if (first !== undefined) return skip(`same file as ${first} (link)`);
  seen.set(inode, entry.path);
  result.files.push(entry);
}


function isHidden(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}
