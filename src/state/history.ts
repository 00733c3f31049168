// Every finished run of a state directory is kept for --history-days: its JSON report (the
// trend, `piscan diff`) and a snapshot of its persons (keyed hashes and category marks), so
// that a later run can count distinct individuals cumulatively since a date (cross-border,
// `check --since`). A snapshot holds 18 bytes per person: a nightly scan of a share with
// millions of people would grow the folder by gigabytes a year if none were ever dropped.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../report/atomicWrite.js';
import type { Report } from '../report/jsonReport.js';

/** Long enough for a cumulative year (--since the first of January) with room to spare. */
export const DEFAULT_HISTORY_DAYS = 400;

export interface RunRef {
  id: string;
  startedAt: Date;
  reportFile: string;
  personsFile: string;
}

/** Saves one finished run; the report is written last, so a listed run is always whole. */
export async function recordRun(historyDir: string, report: Report, persons: Buffer | undefined): Promise<RunRef> {
  const id = report.scan.startedAt.replace(/:/g, '-');
  const run = refOf(historyDir, id);
  if (persons) await writeFileAtomic(run.personsFile, persons);
  await writeFileAtomic(run.reportFile, JSON.stringify(report, null, 2) + '\n');
  return run;
}

/** The runs in the order they started. */
export async function listRuns(historyDir: string): Promise<RunRef[]> {
  const names = await readdir(historyDir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .map((n) => refOf(historyDir, n.slice(0, -'.json'.length)))
    .filter((r) => !Number.isNaN(r.startedAt.getTime()))
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}

export async function loadRunReport(run: RunRef): Promise<Report> {
  return JSON.parse(await readFile(run.reportFile, 'utf8')) as Report;
}

/**
 * Drops the runs that started before `before`, but never the two latest (what `piscan diff`
 * compares). The report goes first: a run whose report is gone is no longer listed, even if
 * the run is stopped before its snapshot is removed.
 */
export async function pruneRuns(historyDir: string, before: Date): Promise<number> {
  const runs = await listRuns(historyDir);
  const dropped = runs.slice(0, Math.max(0, runs.length - 2)).filter((r) => r.startedAt < before);
  for (const run of dropped) {
    await rm(run.reportFile, { force: true });
    await rm(run.personsFile, { force: true });
  }
  return dropped.length;
}

/** The person snapshots of the runs that started on or after `since`. */
export async function personsSince(historyDir: string, since: Date): Promise<{ runs: number; snapshots: Buffer[] }> {
  const runs = (await listRuns(historyDir)).filter((r) => r.startedAt >= since);
  const snapshots: Buffer[] = [];
  for (const run of runs) {
    const buf = await readFile(run.personsFile).catch(() => undefined);
    if (buf) snapshots.push(buf);
  }
  return { runs: snapshots.length, snapshots };
}

function refOf(historyDir: string, id: string): RunRef {
  // 2026-11-22T08-00-00.000Z → 2026-11-22T08:00:00.000Z
  const iso = id.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');
  return { id, startedAt: new Date(iso), reportFile: join(historyDir, `${id}.json`), personsFile: join(historyDir, `${id}.persons`) };
}
