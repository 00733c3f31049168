// The contribution source of an incremental scan: a file that has not changed since the
// state last saw it is replayed from the state; any other file is scanned and what it
// contributed is saved. Each entry is committed as its file finishes, so a scan killed at
// any moment resumes where it stopped and ends with the same report.
import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BATCH_SIZE } from '../scan/fileScanner.js';
import type { FileProcessor } from '../scan/protocol.js';
import type { FileEntry, FileSource, FileSummary, PersonalRecord } from '../types.js';
import { sha256OfFile } from './contentHash.js';
import { CONTRIBUTION_SUFFIX, CONTRIBUTION_VERSION, ContributionWriter, contributionPath, readHeader, replayContribution, type ContributionHeader } from './contributionStore.js';
import { Limit } from './limit.js';
import type { StateDir } from './stateDir.js';

/**
 * An mtime this close to the moment the content was hashed may hide a later write in the
 * same clock tick (coarse file-system timestamps), so such files are checked by content.
 */
const RACY_MS = 2000;

export interface IncrementalCounts {
  replayed: number;
  scanned: number;
}

export class StateProcessor implements FileProcessor {
  readonly counts: IncrementalCounts = { replayed: 0, scanned: 0 };
  private readonly used = new Set<string>();
  private readonly limit: Limit;

  constructor(
    private readonly inner: FileProcessor,
    private readonly files: readonly FileEntry[],
    private readonly state: StateDir,
    /** The current detection settings (settingsKey): entries made under others are not replayed. */
    private readonly settings: string,
    /** A state that cannot be saved costs speed next time, never this scan's result. */
    private readonly onSaveError: (absPath: string, reason: string) => void = () => undefined,
    /** Files in hand at once (replaying, hashing, or scanning with an open entry): enough to keep every worker busy. */
    concurrency = 64,
  ) {
    this.limit = new Limit(concurrency);
  }

  scan(fileId: number, source: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary> {
    return this.limit.run(() => this.contribution(fileId, source, onRecords));
  }

  private async contribution(fileId: number, source: FileSource, onRecords: (records: PersonalRecord[]) => void): Promise<FileSummary> {
    const entry = this.files[fileId];
    // An archive member is known by its archive and its path inside; its size and mtime are
    // the member's and the archive's, and it has no content hash of its own (hashing the whole
    // archive per member would cost more than reading the member), so when in doubt it is read.
    const identity = source.member ? `${source.absPath}!${entry.path}` : source.absPath;
    const file = contributionPath(this.state.filesDir, identity);
    this.used.add(basename(file));
    const saved = await readHeader(file);
    if (saved && saved.path === identity && saved.settings === this.settings && saved.size === entry.size) {
      const unchanged = saved.mtimeMs === entry.mtimeMs && Math.abs(saved.mtimeMs - saved.hashedAtMs) > RACY_MS;
      const sha256 = unchanged ? saved.sha256 : source.member ? undefined : await sha256OfFile(source.absPath).catch(() => undefined);
      if (sha256 === saved.sha256) {
        const summary = await this.replay(file, saved, entry, onRecords);
        if (summary) {
          this.counts.replayed++;
          return summary;
        }
      }
    }
    this.counts.scanned++;
    return this.scanAndSave(fileId, source, identity, file, onRecords);
  }

  /** Removes the entries of files this run did not see (deleted, or now excluded). Call after a whole run. */
  async prune(): Promise<void> {
    for (const name of await readdir(this.state.filesDir)) {
      if (name.endsWith(CONTRIBUTION_SUFFIX) && !this.used.has(name)) await rm(join(this.state.filesDir, name), { force: true });
    }
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Replays an entry; a file touched without change (new mtime, same content) gets its entry renewed. */
  private async replay(file: string, saved: ContributionHeader, entry: FileEntry, onRecords: (r: PersonalRecord[]) => void): Promise<FileSummary | undefined> {
    if (saved.mtimeMs === entry.mtimeMs) return replayContribution(file, onRecords, BATCH_SIZE);
    const renewed = new ContributionWriter(file, { ...saved, mtimeMs: entry.mtimeMs, hashedAtMs: Date.now() });
    const summary = await replayContribution(file, (batch) => {
      renewed.add(batch);
      onRecords(batch);
    }, BATCH_SIZE);
    if (summary) await renewed.commit(summary);
    else await renewed.abort();
    return summary;
  }

  private async scanAndSave(fileId: number, source: FileSource, identity: string, file: string, onRecords: (r: PersonalRecord[]) => void): Promise<FileSummary> {
    const hashedAtMs = Date.now();
    const sha256 = source.member ? '' : await sha256OfFile(source.absPath).catch(() => undefined);
    const header: ContributionHeader = { v: CONTRIBUTION_VERSION, path: identity, size: source.size, mtimeMs: source.mtimeMs, sha256: sha256 ?? '', hashedAtMs, settings: this.settings };
    const writer = sha256 === undefined ? undefined : new ContributionWriter(file, header);
    const summary = await this.inner.scan(fileId, source, (records) => {
      writer?.add(records);
      onRecords(records);
    });
    // A file that failed may fail for a passing reason (locked, permissions, memory): read it again next time.
    try {
      if (summary.error === null) await writer?.commit(summary);
      else await writer?.abort();
    } catch (e) {
      this.onSaveError(identity, `state not saved: ${(e as Error).message.split('\n')[0]}`);
    }
    return summary;
  }
}
