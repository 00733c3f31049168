// Applies a policy to the tally: per tier, items against the threshold of each level,
// then the proportional sum across tiers; the result explains itself in words.
import type { CategoryId, Tier } from '../types.js';
import type { Policy } from './policy.js';
import { assessPersons } from './assessPersons.js';
import { ENGLISH_REASONS, reasonText, type Reason } from './reasons.js';

export interface CategoryItems {
  id: CategoryId;
  tier: Tier;
  items: number;
}

export interface Assessment {
  level: string;
  combinedRatio: number;
  /** `explained` in English sentences. */
  reasons: string[];
  /** Why the level was reached (or none), as facts a report says in its own language. */
  explained: Reason[];
  /** The "serious"-level threshold of each tier after the duty-holder factor. */
  thresholds: Record<Tier, number>;
  disclaimer: string;
  /** The policy's disclaimer in Chinese, if it has one. */
  disclaimerZh?: string;
}

const TIERS: Tier[] = ['A', 'B', 'C'];

export function thresholdsOf(policy: Policy, dutyHolder: boolean): Record<Tier, number> {
  const factor = dutyHolder ? policy.dutyHolderFactor : 1;
  return { A: policy.tiers.A * factor, B: policy.tiers.B * factor, C: policy.tiers.C * factor };
}

export function assess(categories: CategoryItems[], policy: Policy, dutyHolder: boolean): Assessment {
  const thresholds = thresholdsOf(policy, dutyHolder);
  const tierItems = (t: Tier): number => categories.filter((c) => c.tier === t).reduce((s, c) => s + c.items, 0);
  const combinedRatio = round(TIERS.reduce((s, t) => s + tierItems(t) / thresholds[t], 0));
  const terms = TIERS.map((tier) => ({ tier, items: tierItems(tier), threshold: thresholds[tier] }));
  const done = (level: string, explained: Reason[]): Assessment => assessed(level, explained, combinedRatio, thresholds, policy);
  // Highest level first: the verdict is the most serious one reached.
  for (const level of [...policy.levels].reverse()) {
    const explained: Reason[] = [];
    for (const tier of TIERS) {
      const limit = thresholds[tier] * level.multiplier;
      const items = tierItems(tier);
      if (items >= limit) {
        const parts = categories.filter((c) => c.tier === tier && c.items > 0).map((c) => ({ id: c.id, items: c.items }));
        explained.push({ kind: 'tier', tier, categories: parts, items, limit, level: level.id, dutyHolder });
      }
    }
    if (explained.length === 0 && policy.proportional && combinedRatio >= level.multiplier) {
      explained.push({ kind: 'proportional', terms, sum: combinedRatio, multiplier: level.multiplier, level: level.id, dutyHolder });
    }
    if (explained.length > 0) return done(level.id, explained);
  }
  const first = policy.levels[0];
  const limits = { A: thresholds.A * first.multiplier, B: thresholds.B * first.multiplier, C: thresholds.C * first.multiplier };
  const proportional = policy.proportional ? { terms, sum: combinedRatio, multiplier: first.multiplier } : undefined;
  return done('none', [{ kind: 'belowItems', level: first.id, limits, proportional, dutyHolder }]);
}

/** An assessment with its reasons in English sentences beside the facts. */
export function assessed(level: string, explained: Reason[], combinedRatio: number, thresholds: Record<Tier, number>, policy: Policy): Assessment {
  return { level, combinedRatio, reasons: explained.map((r) => reasonText(r, ENGLISH_REASONS)), explained, thresholds, disclaimer: policy.disclaimer, disclaimerZh: policy.disclaimerZh };
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The policy's measure decides what is counted: items per tier, or distinct (sensitive) individuals. */
export function assessTally(
  tally: { categories: CategoryItems[]; persons: number; sensitivePersons: number },
  policy: Policy,
  dutyHolder: boolean,
): Assessment {
  return policy.measure === 'persons' ? assessPersons(tally, policy) : assess(tally.categories, policy, dutyHolder);
}
