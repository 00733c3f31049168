// Finds the files to scan under the roots. Every file seen but not scanned is returned
// with its reason, so the report accounts for the whole tree.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import fg from 'fast-glob';
import micromatch from 'micromatch';
import { ArchiveExpander, type ArchiveSink } from '../archive/expand.js';
import { ARCHIVE_EXTENSIONS, archiveKind } from '../archive/kinds.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../archive/limits.js';
import { TempSpace } from '../archive/tempSpace.js';
import type { FileEntry, SkippedFile } from '../types.js';

export interface WalkOptions {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** Scan files and folders whose name starts with a dot (otherwise reported as skipped). */
  hidden: boolean;
  /** Follow symbolic links; each real file is still scanned once, and depth is bounded against loops. */
  followSymlinks: boolean;
  /** Limits on opening archives (zip, tar, gzip) as folders; defaults when absent. */
  archives?: ArchiveLimits;
}

export interface WalkResult {
  files: FileEntry[];
  skipped: SkippedFile[];
  /** Temporary copies of nested archives that members point into: remove when the scan ends. */
  temp: TempSpace;
}

export class RootError extends Error {}

const MAX_DEPTH_WITH_SYMLINKS = 40;

export async function walk(roots: string[], opts: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [], temp: new TempSpace() };
  try {
    await walkRoots(roots, opts, result);
    return result;
  } catch (e) {
    await result.temp.remove();
    throw e;
  }
}

async function walkRoots(roots: string[], opts: WalkOptions, result: WalkResult): Promise<void> {
  const seenInodes = new Map<string, string>();
  const expander = new ArchiveExpander(opts.archives ?? DEFAULT_ARCHIVE_LIMITS, result.temp);
  // Compiled once: an archive may hold a hundred thousand members, each asked of both.
  const globs: MemberGlobs = { include: anyOf(opts.include), exclude: anyOf(opts.exclude) };
  const add = (entry: FileEntry, inode: string): Promise<void> => addFile(result, seenInodes, opts, globs, expander, entry, inode);
  for (const root of roots) {
    const abs = resolve(root);
    const st = await stat(abs).catch(() => undefined);
    if (!st) throw new RootError(`path not found: ${root}`);
    if (st.isFile()) {
      await add({ root, absPath: abs, path: basename(abs), size: st.size, mtimeMs: st.mtimeMs }, `${st.dev}:${st.ino}`);
      continue;
    }
    const entries = await fg(opts.include.length > 0 ? [...opts.include, ...archivesUnder(opts.include)] : ['**/*'], {
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
      await add(entry, `${s.dev}:${s.ino}`);
    }
  }
}

async function addFile(result: WalkResult, seen: Map<string, string>, opts: WalkOptions, globs: MemberGlobs, expander: ArchiveExpander, entry: FileEntry, inode: string): Promise<void> {
  const reason = notScanned(entry, opts);
  if (reason) return void result.skipped.push({ path: entry.path, reason });
  const first = seen.get(inode);
  if (first !== undefined) return void result.skipped.push({ path: entry.path, reason: `same file as ${first} (link)` });
  seen.set(inode, entry.path);
  const kind = archiveKind(entry.path);
  if (!kind) return void result.files.push(entry);
  // --include and --exclude read a member's path (a.zip!dir/b.csv) as a file's; an archive
  // the include globs name itself is scanned whole.
  const whole = globs.include === undefined || globs.include(entry.path);
  const sink: ArchiveSink = {
    file: (member) => {
      if (!whole && !globs.include!(member.path)) return;
      if (globs.exclude?.(member.path)) return;
      const why = notScanned(member, opts);
      if (why) result.skipped.push({ path: member.path, reason: why });
      else result.files.push(member);
    },
    skip: (path, why) => void result.skipped.push({ path, reason: why }),
    fail: (archive, why) => void result.files.push({ ...archive, member: undefined, error: why }),
  };
  await expander.expand(entry, kind, sink);
}

/** Whether a path matches --include (undefined: no globs, all do) and --exclude (undefined: none given). */
interface MemberGlobs {
  include: ((path: string) => boolean) | undefined;
  exclude: ((path: string) => boolean) | undefined;
}

/** Whether a path matches any of the globs, as fast-glob matches them in the walk (dot files too: hidden ones are reported, not unmatched); undefined for none. */
function anyOf(globs: string[]): ((path: string) => boolean) | undefined {
  if (globs.length === 0) return undefined;
  const matchers = globs.map((g) => micromatch.matcher(g, { dot: true }));
  return (path) => matchers.some((m) => m(path));
}

/**
 * The archives that may hold a member the include globs name: every archive at or under
 * each glob's fixed leading folders (for a glob under data/, the archives under data/),
 * which the globs alone would not list (a.zip matches no glob of CSV files).
 */
function archivesUnder(include: string[]): string[] {
  return include.map((glob) => {
    const base = micromatch.scan(glob).base;
    return `${base === '' ? '' : `${base}/`}**/*.{${ARCHIVE_EXTENSIONS.join(',')},${ARCHIVE_EXTENSIONS.join(',').toUpperCase()}}`;
  });
}

/** Why the walker leaves a file (or an archive member) out, or undefined to scan it. */
function notScanned(entry: FileEntry, opts: WalkOptions): string | undefined {
  if (!opts.hidden && isHidden(entry.path, entry.member !== undefined)) return 'hidden (use --hidden to scan)';
  if (entry.size > opts.maxFileSize) return `larger than --max-file-size (${entry.size} > ${opts.maxFileSize} bytes)`;
  return undefined;
}


function isHidden(path: string, member = false): boolean {
  // Inside an archive `!` separates too: `a.zip!.env` is a hidden member.
  return path.split(member ? /[\\/!]/ : /[\\/]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}
