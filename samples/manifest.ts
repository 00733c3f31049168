// What the generator planted, counted the way LEGAL.md counts: an item is a distinct
// (person, category) pair; a person is counted once however many records mention them.
import { CATEGORY_IDS, type CategoryId } from '../src/types.js';
import type { Dataset } from './datasets.js';

export interface Manifest {
  seed: number;
  persons: number;
  records: number;
  personalRecords: number;
  categories: Record<CategoryId, { records: number; items: number }>;
  level: 'none' | 'serious' | 'especially_serious';
  unverified: Record<string, number>;
  excluded: Record<string, number>;
  files: { path: string; records: number; personalRecords: number }[];
}

const TIER: Record<CategoryId, 'A' | 'B' | 'C'> = {
  track: 'A', communication_content: 'A', credit: 'A', property: 'A',
  accommodation: 'B', communication_record: 'B', health: 'B', transaction: 'B',
  general: 'C',
};
const THRESHOLD = { A: 50, B: 500, C: 5000 };

export function manifest(seed: number, sets: Dataset[]): Manifest {
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, { records: 0, items: 0 }])) as Manifest['categories'];
  const pairs = new Set<string>();
  const persons = new Set<number>();
  const unverified: Record<string, number> = {};
  const excluded: Record<string, number> = {};
  for (const d of sets) {
    for (const p of d.planted) {
      categories[p.category].records++;
      for (const id of p.persons) {
        persons.add(id);
        pairs.add(`${id}:${p.category}`);
      }
    }
    for (const [k, n] of Object.entries(d.unverified)) unverified[k] = (unverified[k] ?? 0) + n;
    for (const [k, n] of Object.entries(d.excluded)) excluded[k] = (excluded[k] ?? 0) + n;
  }
  for (const pair of pairs) categories[pair.split(':')[1] as CategoryId].items++;
  const tierItems = { A: 0, B: 0, C: 0 };
  for (const c of CATEGORY_IDS) tierItems[TIER[c]] += categories[c].items;
  const ratio = tierItems.A / THRESHOLD.A + tierItems.B / THRESHOLD.B + tierItems.C / THRESHOLD.C;
  const reached = (m: number): boolean => ratio >= m || (['A', 'B', 'C'] as const).some((t) => tierItems[t] >= THRESHOLD[t] * m);
  const files = sets.map((d) => ({ path: d.path, records: d.table ? d.table.rows.length : d.lines!.length, personalRecords: d.planted.length }));
  return {
    seed,
    persons: persons.size,
    records: files.reduce((s, f) => s + f.records, 0),
    personalRecords: files.reduce((s, f) => s + f.personalRecords, 0),
    categories,
    level: reached(10) ? 'especially_serious' : reached(1) ? 'serious' : 'none',
    unverified,
    excluded,
    files,
  };
}
