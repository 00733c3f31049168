// Every entity type in patterns/ carries its own proof: each positive example must be
// found and verified as that type, each negative example must not be.
import { describe, expect, it } from 'vitest';
import { loadEntitySpecs } from '../../src/detect/catalogue.js';
import { detector, recordOf, verifiedTypes } from '../helpers.js';

const specs = loadEntitySpecs();
const d = detector();

describe.each(specs.map((s) => [s.id, s] as const))('pattern %s', (_id, spec) => {
  // Text and label patterns join the scanner's alternation, which must stay within the memory
  // RE2 gives its DFA: a wide counted repetition (/6/0[^\n]{0,200}?Lw…) made the whole
  // scanner fall back to the NFA and scan log lines five times slower. Speed is measured in
  // bench/, but this cause of losing it is a property of the pattern files.
  it('keeps its scanned patterns narrow: no counted repetition beyond 100', () => {
    const scanned = spec.patterns.filter((p) => p.scope !== 'field').map((p) => p.regex);
    const wide = scanned.flatMap((r) => [...r.matchAll(/\{(\d+)(?:,(\d*))?\}/g)].filter((m) => Number(m[2] || m[1]) > 100).map((m) => `${m[0]} in ${r}`));
    expect(wide).toEqual([]);
  });
  it('has positive and negative examples', () => {
    expect(spec.examples.match.length).toBeGreaterThan(0);
    expect(spec.examples.noMatch.length).toBeGreaterThan(0);
  });
  it.each(spec.examples.match.map((e) => [JSON.stringify(e), e] as const))('finds %s', (_label, example) => {
    expect(verifiedTypes(d.detect(recordOf(example)))).toContain(spec.id);
  });
  it.each(spec.examples.noMatch.map((e) => [JSON.stringify(e), e] as const))('does not find %s', (_label, example) => {
    expect(verifiedTypes(d.detect(recordOf(example)))).not.toContain(spec.id);
  });
});
