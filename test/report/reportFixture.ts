// A hand-made Report for renderer unit tests: awkward paths (commas, quotes, line breaks,
// markup, Chinese, an archive member), a failed and a skipped file, chosen item counts.
import type { Report } from '../../src/report/jsonReport.js';
import { builtinVocabulary } from '../../src/classify/vocabulary.js';
import type { CategoryId } from '../../src/types.js';

const THRESHOLD = { A: 50, B: 500, C: 5000 };

export function fixtureReport(level: 'none' | 'serious' | 'especially_serious' = 'serious'): Report {
  const items: Partial<Record<CategoryId, number>> = { track: 75, health: 12, general: 300 };
  return {
    schema: 'piscan.report/1',
    tool: { name: 'piscan', version: '9.9.9' },
    scan: {
      roots: ['exports/'],
      startedAt: '2026-11-22T08:00:00.000Z',
      finishedAt: '2026-11-22T08:00:01.234Z',
      durationMs: 1234,
      files: { scanned: 5, skipped: 1, failed: 1 },
      bytes: 123456,
      records: 500,
      personalRecords: 420,
    },
    policy: { id: 'cn-criminal', name: 'PRC Criminal Law Art. 253-1', dutyHolder: false, levels: [{ id: 'serious', multiplier: 1 }, { id: 'especially_serious', multiplier: 10 }] },
    persons: 310,
    sensitivePersons: 0,
    categories: builtinVocabulary().categories.map(({ id, name, tier }) => {
      const threshold = THRESHOLD[tier];
      const n = items[id] ?? 0;
      return { id, name, tier, records: n * 2, items: n, threshold, ratio: Math.round((n / threshold) * 10000) / 10000 };
    }),
    assessment: {
      level,
      combinedRatio: 1.584,
      reasons: level === 'none' ? ['no tier reaches its serious threshold (A 50, B 500, C 5000)'] : ['track: 75 items ≥ 50 (serious)'],
      explained:
        level === 'none'
          ? [{ kind: 'belowItems', level: 'serious', limits: THRESHOLD, dutyHolder: false }]
          : [{ kind: 'tier', tier: 'A', categories: [{ id: 'track', items: 75 }], items: 75, limit: 50, level: 'serious', dutyHolder: false }],
      thresholds: THRESHOLD,
      disclaimer: 'A measurement, not legal advice.',
      disclaimerZh: '仅为测量，不构成法律意见。',
    },
    entities: [
      { type: 'cn_mobile', found: 400, unverified: 3, excluded: 0 },
      { type: 'cn_resident_id', found: 200, unverified: 0, excluded: 0 },
    ],
    files: [
      { path: 'gps/轨迹 2026.csv', format: 'csv', encoding: 'utf-8', bytes: 1000, records: 100, personalRecords: 100, items: { track: 75 }, error: null },
      { path: 'clinic/a,"b".csv', format: 'csv', encoding: 'gb18030', bytes: 2000, records: 20, personalRecords: 20, items: { health: 12, general: 4 }, error: null },
      { path: 'line\nbreak.csv', format: 'csv', encoding: 'utf-8', bytes: 10, records: 1, personalRecords: 1, items: { general: 1 }, error: null },
      { path: '=cmd|calc.csv', format: 'csv', encoding: 'utf-8', bytes: 10, records: 0, personalRecords: 0, items: {}, error: null },
      { path: 'dump.zip!inner/<script>.txt', format: 'text', encoding: 'utf-8', bytes: 500, records: 300, personalRecords: 295, items: { general: 295 }, error: 'line 301 is longer than 16777216 characters' },
    ],
    skipped: [{ path: 'logo#1.png', reason: 'unsupported format: PNG image' }],
  };
}

/** An earlier run of `r` for trend charts: another time, another count of track items. */
export function earlierRun(r: Report, finishedAt: string, trackItems: number): Report {
  const copy = structuredClone(r);
  copy.scan.finishedAt = finishedAt;
  copy.categories[0].items = trackItems;
  copy.assessment.combinedRatio = trackItems / 50;
  return copy;
}
