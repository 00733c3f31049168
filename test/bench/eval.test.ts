// The evaluation corpus is deterministic and labelled consistently with the catalogue:
// a small dev corpus scores as the README's development figures say.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../bench/eval/evaluate.js';
import { generateCorpus } from '../../bench/eval/generate.js';

describe('evaluation corpus', () => {
  it('is the same for the same seed and variant, and differs between variants', () => {
    expect(generateCorpus(7, 'dev', 50)).toEqual(generateCorpus(7, 'dev', 50));
    const dev = generateCorpus(7, 'dev', 50).flatMap((r) => r.record.fields.map((f) => f.name));
    const heldout = generateCorpus(7, 'heldout2', 50).flatMap((r) => r.record.fields.map((f) => f.name));
    expect(dev).not.toEqual(heldout);
  });

  it('holds the near-misses: non-personal records and identifiers with a wrong check digit', () => {
    const corpus = generateCorpus(7, 'dev', 400);
    expect(corpus.some((r) => r.layout === 'brokenIds' && r.category === null)).toBe(true);
    expect(corpus.some((r) => r.layout === 'companyDirectory' && r.category === null)).toBe(true);
  });

  it('scores checksummed identifiers and record categories on a small dev corpus', () => {
    const e = evaluate(generateCorpus(7, 'dev', 400));
    const id = e.scores.get('cn_resident_id')!;
    expect(id.fp + id.fn).toBe(0);
    expect(e.categoryCorrect / e.records).toBeGreaterThan(0.97);
    expect(e.excluded.get('org_credit_code')).toBeGreaterThan(0);
  });
});
