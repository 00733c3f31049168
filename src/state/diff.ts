// What grew or shrank between two runs of a state directory: per category and per file.
import type { Report } from '../report/jsonReport.js';
import { CATEGORY_IDS, type CategoryId } from '../types.js';

export interface Change {
  before: number;
  after: number;
  delta: number;
}

export interface FileChange {
  path: string;
  status: 'added' | 'removed' | 'changed';
  personalRecords: Change;
  items: Partial<Record<CategoryId, Change>>;
}

export interface RunDiff {
  schema: 'piscan.diff/1';
  /** null for the first run: everything it found counts as growth. */
  from: string | null;
  to: string;
  persons: Change;
  sensitivePersons: Change;
  level: { before: string; after: string };
  categories: ({ id: CategoryId; records: Change; items: Change })[];
  /** Only files whose personal records or items changed, largest change first. */
  files: FileChange[];
}

type ReportFile = Report['files'][number];

export function diffRuns(before: Report | undefined, after: Report): RunDiff {
  const cat = (r: Report | undefined, id: CategoryId): Report['categories'][number] | undefined => r?.categories.find((c) => c.id === id);
  return {
    schema: 'piscan.diff/1',
    from: before?.scan.startedAt ?? null,
    to: after.scan.startedAt,
    persons: change(before?.persons ?? 0, after.persons),
    sensitivePersons: change(before?.sensitivePersons ?? 0, after.sensitivePersons ?? 0),
    level: { before: before?.assessment.level ?? 'none', after: after.assessment.level },
    categories: CATEGORY_IDS.map((id) => ({
      id,
      records: change(cat(before, id)?.records ?? 0, cat(after, id)?.records ?? 0),
      items: change(cat(before, id)?.items ?? 0, cat(after, id)?.items ?? 0),
    })),
    files: diffFiles(before?.files ?? [], after.files),
  };
}

function diffFiles(before: ReportFile[], after: ReportFile[]): FileChange[] {
  const old = new Map(before.map((f) => [f.path, f]));
  const now = new Map(after.map((f) => [f.path, f]));
  const changes: FileChange[] = [];
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(path);
    const b = now.get(path);
    const items: Partial<Record<CategoryId, Change>> = {};
    for (const id of CATEGORY_IDS) {
      const c = change(a?.items[id] ?? 0, b?.items[id] ?? 0);
      if (c.delta !== 0) items[id] = c;
    }
    const personalRecords = change(a?.personalRecords ?? 0, b?.personalRecords ?? 0);
    if (a && b && personalRecords.delta === 0 && Object.keys(items).length === 0) continue;
    changes.push({ path, status: !a ? 'added' : !b ? 'removed' : 'changed', personalRecords, items });
  }
  const size = (f: FileChange): number => Math.abs(f.personalRecords.delta);
  return changes.sort((x, y) => size(y) - size(x) || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

function change(before: number, after: number): Change {
  return { before, after, delta: after - before };
}
