// The JSON report: the contract of ../docs/REPORT.md (fields are only ever added).
import type { Assessment } from '../assess/assess.js';
import { round } from '../assess/assess.js';
import type { Policy, PolicyLevel } from '../assess/policy.js';
import type { Vocabulary } from '../classify/vocabulary.js';
import type { ScanOutcome } from '../scan/scanner.js';
import type { FileTally, TallyResult } from '../tally/tally.js';
import type { CategoryId, Tier } from '../types.js';

export const SCHEMA = 'piscan.report/1';

export interface ReportCategory {
  id: CategoryId;
  name: string;
  tier: Tier;
  records: number;
  items: number;
  threshold: number;
  ratio: number;
}

export interface Report {
  schema: string;
  tool: { name: string; version: string };
  scan: {
    roots: string[];
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    files: { scanned: number; skipped: number; failed: number };
    bytes: number;
    records: number;
    personalRecords: number;
  };
  /** `levels` (multiples of the tier thresholds) lets renderers draw every line of the policy. */
  policy: { id: string; name: string; dutyHolder: boolean; levels?: PolicyLevel[] };
  persons: number;
  /** Distinct persons with sensitive information (PIPL Art. 28: track, health, property, credit, bank card). */
  sensitivePersons: number;
  categories: ReportCategory[];
  assessment: Assessment;
  entities: TallyResult['entities'];
  files: FileTally[];
  skipped: { path: string; reason: string }[];
  /** With `--since`: persons and items also count the state's runs since that date, de-duplicated by person. */
  cumulative?: { since: string; runs: number };
}

export function buildReport(
  outcome: ScanOutcome,
  policy: Policy,
  dutyHolder: boolean,
  assessment: Assessment,
  vocabulary: Vocabulary,
  version: string,
): Report {
  const t = outcome.tally;
  return {
    schema: SCHEMA,
    tool: { name: 'piscan', version },
    scan: {
      roots: outcome.roots,
      startedAt: outcome.startedAt.toISOString(),
      finishedAt: outcome.finishedAt.toISOString(),
      durationMs: outcome.finishedAt.getTime() - outcome.startedAt.getTime(),
      files: outcome.files,
      bytes: t.bytes,
      records: t.records,
      personalRecords: t.personalRecords,
    },
    policy: { id: policy.id, name: policy.name, dutyHolder, levels: policy.levels },
    persons: t.persons,
    sensitivePersons: t.sensitivePersons,
    categories: t.categories.map((c) => {
      const spec = vocabulary.categories.find((s) => s.id === c.id)!;
      const threshold = assessment.thresholds[spec.tier];
      return { id: c.id, name: spec.name, tier: spec.tier, records: c.records, items: c.items, threshold, ratio: threshold > 0 ? round(c.items / threshold) : 0 };
    }),
    assessment,
    entities: t.entities,
    files: t.files,
    skipped: outcome.skipped,
  };
}
