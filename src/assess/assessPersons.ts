// Applies a `persons` policy (cross-border transfer): distinct individuals and individuals
// with sensitive information against each level; the most severe level reached wins.
import type { Assessment } from './assess.js';
import { assessed, round, thresholdsOf } from './assess.js';
import type { Policy, PolicyLevel } from './policy.js';
import type { Reason } from './reasons.js';

export interface PersonCounts {
  persons: number;
  sensitivePersons: number;
}

export function assessPersons(counts: PersonCounts, policy: Policy): Assessment {
  const thresholds = thresholdsOf(policy, false);
  const first = policy.levels[0];
  const combinedRatio = round(Math.max(ratio(counts.persons, first.persons), ratio(counts.sensitivePersons, first.sensitivePersons)));
  const done = (level: string, explained: Reason[]): Assessment => assessed(level, explained, combinedRatio, thresholds, policy);
  for (const level of [...policy.levels].reverse()) {
    const explained = reached(counts, level);
    if (explained.length > 0) return done(level.id, explained);
  }
  const persons = first.persons !== undefined ? { count: counts.persons, limit: first.persons } : undefined;
  const sensitivePersons = first.sensitivePersons !== undefined ? { count: counts.sensitivePersons, limit: first.sensitivePersons } : undefined;
  return done('none', [{ kind: 'belowPersons', level: first.id, persons, sensitivePersons }]);
}

function reached(counts: PersonCounts, level: PolicyLevel): Reason[] {
  const explained: Reason[] = [];
  if (level.persons !== undefined && counts.persons >= level.persons) {
    explained.push({ kind: 'persons', sensitive: false, count: counts.persons, limit: level.persons, level: level.id });
  }
  if (level.sensitivePersons !== undefined && counts.sensitivePersons >= level.sensitivePersons) {
    explained.push({ kind: 'persons', sensitive: true, count: counts.sensitivePersons, limit: level.sensitivePersons, level: level.id });
  }
  return explained;
}

function ratio(n: number, limit: number | undefined): number {
  return limit === undefined ? 0 : n / limit;
}
