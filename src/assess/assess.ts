// Applies a policy to the tally: per tier, items against the threshold of each level,
// then the proportional sum across tiers; the result explains itself in words.
import type { CategoryId, Tier } from '../types.js';
import type { Policy } from './policy.js';
import { assessPersons } from './assessPersons.js';

export interface CategoryItems {
  id: CategoryId;
  tier: Tier;
  items: number;
}

export interface Assessment {
  level: string;
  combinedRatio: number;
  reasons: string[];
  /** The "serious"-level threshold of each tier after the duty-holder factor. */
  thresholds: Record<Tier, number>;
  disclaimer: string;
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
  const route = dutyHolder ? ' (duty-holder route: half thresholds)' : '';
  // Highest level first: the verdict is the most serious one reached.
  for (const level of [...policy.levels].reverse()) {
    const reasons: string[] = [];
    for (const t of TIERS) {
      const limit = thresholds[t] * level.multiplier;
      if (tierItems(t) >= limit) reasons.push(`${describeTier(t, categories)}: ${tierItems(t)} items ≥ ${limit} (${level.id})${route}`);
    }
    if (reasons.length === 0 && policy.proportional && combinedRatio >= level.multiplier) {
      reasons.push(`proportional sum ${formula(thresholds, tierItems)} = ${combinedRatio} ≥ ${level.multiplier} (${level.id}, Art. 5 ¶1 (6))${route}`);
    }
    if (reasons.length > 0) return { level: level.id, combinedRatio, reasons, thresholds, disclaimer: policy.disclaimer };
  }
  const first = policy.levels[0];
  return {
    level: 'none',
    combinedRatio,
    reasons: [
      `no tier reaches its ${first.id} threshold (A ${thresholds.A * first.multiplier}, B ${thresholds.B * first.multiplier}, C ${thresholds.C * first.multiplier})${route}` +
        (policy.proportional ? `; proportional sum ${formula(thresholds, tierItems)} = ${combinedRatio} < ${first.multiplier}` : ''),
    ],
    thresholds,
    disclaimer: policy.disclaimer,
  };
}

function describeTier(t: Tier, categories: CategoryItems[]): string {
  const parts = categories.filter((c) => c.tier === t && c.items > 0);
  if (parts.length === 1) return parts[0].id;
  return `tier ${t} (${parts.map((c) => `${c.id} ${c.items}`).join(' + ')})`;
}

function formula(thresholds: Record<Tier, number>, tierItems: (t: Tier) => number): string {
  return TIERS.map((t) => `${tierItems(t)}/${thresholds[t]}`).join(' + ');
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
