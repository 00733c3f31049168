// Every entity type in patterns/ carries its own proof: each positive example must be
// found and verified as that type, each negative example must not be.
import { describe, expect, it } from 'vitest';
import { loadEntitySpecs } from '../../src/detect/catalogue.js';
import { detector, recordOf, verifiedTypes } from '../helpers.js';

const specs = loadEntitySpecs();
const d = detector();

describe.each(specs.map((s) => [s.id, s] as const))('pattern %s', (_id, spec) => {
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
