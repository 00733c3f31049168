import { describe, expect, it } from 'vitest';
import { assess, assessTally, type CategoryItems } from '../../src/assess/assess.js';
import { loadPolicy } from '../../src/assess/policy.js';
import { ENGLISH_REASONS, reasonText } from '../../src/assess/reasons.js';
import { MESSAGES } from '../../src/report/messages.js';

const policy = loadPolicy('cn-criminal');
const items = (track: number, health: number, general: number): CategoryItems[] => [
  { id: 'track', tier: 'A', items: track },
  { id: 'property', tier: 'A', items: 0 },
  { id: 'health', tier: 'B', items: health },
  { id: 'general', tier: 'C', items: general },
];

describe('cn-criminal assessment', () => {
  it('is none below every threshold, and says why', () => {
    const a = assess(items(49, 0, 0), policy, false);
    expect(a.level).toBe('none');
    expect(a.combinedRatio).toBe(0.98);
    expect(a.reasons[0]).toMatch(/no tier reaches/);
  });
  it('is serious at 50 tier-A items', () => {
    const a = assess(items(50, 0, 0), policy, false);
    expect(a.level).toBe('serious');
    expect(a.reasons).toEqual(['track: 50 items ≥ 50 (serious)']);
  });
  it('adds categories of a tier and combines tiers in proportion', () => {
    expect(assess(items(25, 250, 0), policy, false)).toMatchObject({ level: 'serious', combinedRatio: 1 });
    expect(assess(items(25, 249, 0), policy, false).level).toBe('none');
    expect(assess(items(0, 0, 4999), policy, false).level).toBe('none');
  });
  it('is especially serious at ten times, directly or in proportion', () => {
    expect(assess(items(500, 0, 0), policy, false).level).toBe('especially_serious');
    expect(assess(items(250, 2500, 0), policy, false).level).toBe('especially_serious');
    expect(assess(items(499, 0, 0), policy, false).level).toBe('serious');
  });
  it('halves the thresholds on the duty-holder route', () => {
    expect(assess(items(25, 0, 0), policy, true).level).toBe('serious');
    expect(assess(items(250, 0, 0), policy, true).level).toBe('especially_serious');
    expect(assess(items(0, 0, 2500), policy, true).reasons[0]).toMatch(/general: 2500 items ≥ 2500 \(serious\) \(duty-holder/);
  });
  it('carries the disclaimer', () => {
    expect(assess(items(0, 0, 0), policy, false).disclaimer).toMatch(/not legal advice/);
  });
});

describe('reasons in the report language', () => {
  it('says every kind of reason in Chinese with the same numbers, and in English as the JSON reasons', () => {
    const crossBorder = loadPolicy('cn-cross-border');
    const cases = [
      assess(items(49, 0, 0), policy, false),
      assess(items(49, 499, 4999), policy, false),
      assess(items(0, 0, 2500), policy, true),
      assess(items(60, 600, 0), policy, false),
      assessTally({ categories: [], persons: 120_000, sensitivePersons: 12_000 }, crossBorder, false),
      assessTally({ categories: [], persons: 5, sensitivePersons: 0 }, crossBorder, false),
    ];
    for (const a of cases) {
      expect(a.explained.map((r) => reasonText(r, ENGLISH_REASONS))).toEqual(a.reasons);
      const zh = a.explained.map((r) => reasonText(r, MESSAGES.zh.reasonWords)).join('\n');
      // No English word is left, and every number of the English sentence is said.
      expect(zh).not.toMatch(/[a-z]{3,}/);
      const numbers = (text: string): string[] => text.replace(ENGLISH_REASONS.art5, '').match(/\d+(?:\.\d+)?/g) ?? [];
      expect(numbers(zh)).toEqual(numbers(a.reasons.join('\n')));
    }
  });
});
