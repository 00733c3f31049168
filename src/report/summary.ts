// Figures derived from a Report that several renderers show: totals per file, folder and
// tier, the policy's level lines, and the files that were not read whole.
import type { PolicyLevel } from '../assess/policy.js';
import type { Tier } from '../types.js';
import type { Report } from './jsonReport.js';

export type ReportFile = Report['files'][number];

export interface Problem {
  path: string;
  reason: string;
}

export interface FolderItems {
  folder: string;
  files: number;
  items: number;
}

export const TIERS: Tier[] = ['A', 'B', 'C'];

/** Reports written before `policy.levels` existed used the cn-criminal levels. */
const DEFAULT_LEVELS: PolicyLevel[] = [
  { id: 'serious', multiplier: 1 },
  { id: 'especially_serious', multiplier: 10 },
];

export function levelsOf(r: Report): PolicyLevel[] {
  return r.policy.levels && r.policy.levels.length > 0 ? r.policy.levels : DEFAULT_LEVELS;
}

/** Items of a file over all categories (a person in two categories counts in each). */
export function fileItems(f: ReportFile): number {
  return Object.values(f.items).reduce((s, n) => s + (n ?? 0), 0);
}

export function topFiles(r: Report, n: number): ReportFile[] {
  return r.files
    .map((f) => ({ f, items: fileItems(f) }))
    .filter((x) => x.items > 0)
    .sort((a, b) => b.items - a.items || compare(a.f.path, b.f.path))
    .slice(0, n)
    .map((x) => x.f);
}

/** The folder holding a file; an archive is a folder of its members (`a.zip!x.csv` → `a.zip`). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
  return cut < 0 ? '.' : path.slice(0, cut);
}

/** Items summed per immediate folder, most first. */
export function topFolders(r: Report, n: number): FolderItems[] {
  const byFolder = new Map<string, FolderItems>();
  for (const f of r.files) {
    const items = fileItems(f);
    if (items === 0) continue;
    const folder = folderOf(f.path);
    const entry = byFolder.get(folder) ?? { folder, files: 0, items: 0 };
    entry.files++;
    entry.items += items;
    byFolder.set(folder, entry);
  }
  return [...byFolder.values()].sort((a, b) => b.items - a.items || compare(a.folder, b.folder)).slice(0, n);
}

/** Files that failed part-way and files that were not read at all. */
export function problemsOf(r: Report): Problem[] {
  return [...r.files.filter((f) => f.error !== null).map((f) => ({ path: f.path, reason: f.error! })), ...r.skipped];
}

export function tierItems(r: Report): Record<Tier, number> {
  const sums: Record<Tier, number> = { A: 0, B: 0, C: 0 };
  for (const c of r.categories) sums[c.tier] += c.items;
  return sums;
}

/**
 * The "serious"-level threshold of each tier, as the categories of the report carry it;
 * a policy that counts persons (cross-border) has none (threshold 0), so no tier is listed.
 */
export function tierThresholds(r: Report): Partial<Record<Tier, number>> {
  return Object.fromEntries(r.categories.filter((c) => c.threshold > 0).map((c) => [c.tier, c.threshold]));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
