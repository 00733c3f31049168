// Applies a `persons` policy (cross-border transfer): distinct individuals and individuals
// with sensitive information against each level; the most severe level reached wins.
import type { Assessment } from './assess.js';
import { round, thresholdsOf } from './assess.js';
import type { Policy, PolicyLevel } from './policy.js';

export interface PersonCounts {
  persons: number;
  sensitivePersons: number;
}

export function assessPersons(counts: PersonCounts, policy: Policy): Assessment {
  const thresholds = thresholdsOf(policy, false);
  const first = policy.levels[0];
  const combinedRatio = round(Math.max(ratio(counts.persons, first.persons), ratio(counts.sensitivePersons, first.sensitivePersons)));
  for (const level of [...policy.levels].reverse()) {
    const reasons = reached(counts, level);
    if (reasons.length > 0) return { level: level.id, combinedRatio, reasons, thresholds, disclaimer: policy.disclaimer };
  }
  const below = [
    first.persons !== undefined ? `${counts.persons} distinct individuals < ${first.persons}` : undefined,
    first.sensitivePersons !== undefined ? `${counts.sensitivePersons} with sensitive information < ${first.sensitivePersons}` : undefined,
  ].filter((s) => s !== undefined);
  return { level: 'none', combinedRatio, reasons: [`below ${first.id}: ${below.join(', ')}`], thresholds, disclaimer: policy.disclaimer };
}

function reached(counts: PersonCounts, level: PolicyLevel): string[] {
  const reasons: string[] = [];
  if (level.persons !== undefined && counts.persons >= level.persons) {
    reasons.push(`distinct individuals: ${counts.persons} ≥ ${level.persons} (${level.id})`);
  }
  if (level.sensitivePersons !== undefined && counts.sensitivePersons >= level.sensitivePersons) {
    reasons.push(`individuals with sensitive information: ${counts.sensitivePersons} ≥ ${level.sensitivePersons} (${level.id})`);
  }
  return reasons;
}

function ratio(n: number, limit: number | undefined): number {
  return limit === undefined ? 0 : n / limit;
}
