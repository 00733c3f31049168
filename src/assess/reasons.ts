// Why an assessment reached its level, as facts (the JSON report's `explained`) and as a
// sentence in a report's language: the JSON `reasons` keep the English sentences, the table
// and HTML reports say them in their own language.
import type { CategoryId, Tier } from '../types.js';

/** The proportional sum S = A/50 + B/500 + C/5000 (its terms) against a level's multiplier. */
export interface ProportionalSum {
  terms: { tier: Tier; items: number; threshold: number }[];
  sum: number;
  multiplier: number;
}

/** Items of one tier, or the proportional sum, against a level's threshold; or persons against a level's counts. */
export type Reason =
  | { kind: 'tier'; tier: Tier; categories: { id: CategoryId; items: number }[]; items: number; limit: number; level: string; dutyHolder: boolean }
  | ({ kind: 'proportional'; level: string; dutyHolder: boolean } & ProportionalSum)
  | { kind: 'belowItems'; level: string; limits: Record<Tier, number>; proportional?: ProportionalSum; dutyHolder: boolean }
  | { kind: 'persons'; sensitive: boolean; count: number; limit: number; level: string }
  | { kind: 'belowPersons'; level: string; persons?: { count: number; limit: number }; sensitivePersons?: { count: number; limit: number } };

/** The words a sentence is made of, per language. */
export interface ReasonWords {
  category: (id: CategoryId) => string;
  level: (id: string) => string;
  tier: (tier: Tier, parts: string) => string;
  items: (items: number, limit: number) => string;
  proportional: string;
  art5: string;
  dutyHolder: string;
  noTier: (level: string, limits: string) => string;
  individuals: string;
  sensitiveIndividuals: string;
  individualsCount: (n: number) => string;
  sensitiveCount: (n: number) => string;
  below: (level: string) => string;
  listSeparator: string;
}

export const ENGLISH_REASONS: ReasonWords = {
  category: (id) => id,
  level: (id) => id,
  tier: (tier, parts) => `tier ${tier} (${parts})`,
  items: (items, limit) => `${items} items ≥ ${limit}`,
  proportional: 'proportional sum',
  art5: 'Art. 5 ¶1 (6)',
  dutyHolder: ' (duty-holder route: half thresholds)',
  noTier: (level, limits) => `no tier reaches its ${level} threshold (${limits})`,
  individuals: 'distinct individuals',
  sensitiveIndividuals: 'individuals with sensitive information',
  individualsCount: (n) => `${n} distinct individuals`,
  sensitiveCount: (n) => `${n} with sensitive information`,
  below: (level) => `below ${level}`,
  listSeparator: ', ',
};

export function reasonText(r: Reason, w: ReasonWords): string {
  const sum = (p: ProportionalSum, op: string): string => `${w.proportional} ${p.terms.map((t) => `${t.items}/${t.threshold}`).join(' + ')} = ${p.sum} ${op} ${p.multiplier}`;
  const route = (dutyHolder: boolean): string => (dutyHolder ? w.dutyHolder : '');
  switch (r.kind) {
    case 'tier': {
      const what = r.categories.length === 1 ? w.category(r.categories[0].id) : w.tier(r.tier, r.categories.map((c) => `${w.category(c.id)} ${c.items}`).join(' + '));
      return `${what}: ${w.items(r.items, r.limit)} (${w.level(r.level)})${route(r.dutyHolder)}`;
    }
    case 'proportional':
      return `${sum(r, '≥')} (${w.level(r.level)}, ${w.art5})${route(r.dutyHolder)}`;
    case 'belowItems': {
      const limits = (['A', 'B', 'C'] as const).map((t) => `${t} ${r.limits[t]}`).join(', ');
      const p = r.proportional;
      return `${w.noTier(w.level(r.level), limits)}${route(r.dutyHolder)}` + (p ? `; ${sum(p, '<')}` : '');
    }
    case 'persons':
      return `${r.sensitive ? w.sensitiveIndividuals : w.individuals}: ${r.count} ≥ ${r.limit} (${w.level(r.level)})`;
    case 'belowPersons': {
      const parts = [
        r.persons ? `${w.individualsCount(r.persons.count)} < ${r.persons.limit}` : undefined,
        r.sensitivePersons ? `${w.sensitiveCount(r.sensitivePersons.count)} < ${r.sensitivePersons.limit}` : undefined,
      ].filter((s) => s !== undefined);
      return `${w.below(w.level(r.level))}: ${parts.join(w.listSeparator)}`;
    }
  }
}
