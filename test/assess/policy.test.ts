// Policies as data: the shipped ones load, a user's JSON or YAML policy is checked field
// by field with one line naming the field, and the cross-border profile counts persons.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, assessTally, type CategoryItems } from '../../src/assess/assess.js';
import { checkPolicy, LEVEL_FIELDS, loadPolicy, POLICY_FIELDS, PolicyError } from '../../src/assess/policy.js';
import { patternsDir } from '../../src/detect/catalogueFiles.js';

const dir = mkdtempSync(join(tmpdir(), 'piscan-policy-'));
const none: CategoryItems[] = [{ id: 'general', tier: 'C', items: 0 }];

describe('shipped policies', () => {
  it('all load, and the schema file lists exactly the fields the loader accepts', () => {
    const dirPolicies = join(patternsDir(), 'policies');
    const ids = readdirSync(dirPolicies).filter((n) => n.endsWith('.json') && n !== 'policy.schema.json').map((n) => n.slice(0, -5));
    expect(ids.sort()).toEqual(['cn-criminal', 'cn-criminal-duty', 'cn-cross-border']);
    for (const id of ids) expect(loadPolicy(id).id).toBe(id);
    const schema = JSON.parse(readFileSync(join(dirPolicies, 'policy.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_FIELDS].sort());
    expect(Object.keys(schema.properties.levels.items.properties).sort()).toEqual([...LEVEL_FIELDS].sort());
    // … and anything else is refused.
    expect(() => checkPolicy({ id: 'x', tiers: { A: 1, B: 1, C: 1 }, levels: [{ id: 'l', multiplier: 1 }], threshold: 5 }, 'x')).toThrow(/"threshold" is not a policy field/);
  });

  it('cn-criminal-duty reaches serious at half the thresholds', () => {
    const duty = loadPolicy('cn-criminal-duty');
    expect(assess([{ id: 'track', tier: 'A', items: 25 }], duty, duty.dutyHolder).level).toBe('serious');
    expect(assess([{ id: 'track', tier: 'A', items: 24 }], duty, duty.dutyHolder).level).toBe('none');
    expect(assess([{ id: 'track', tier: 'A', items: 250 }], duty, duty.dutyHolder).level).toBe('especially_serious');
  });
});

describe('cn-cross-border: distinct and sensitive individuals (2024 Provisions)', () => {
  const policy = loadPolicy('cn-cross-border');
  const level = (persons: number, sensitivePersons: number) => assessTally({ categories: none, persons, sensitivePersons }, policy, false);

  it('is exempt below 100,000 individuals with no sensitive information', () => {
    expect(level(99_999, 0)).toMatchObject({ level: 'none' });
    expect(level(99_999, 0).reasons[0]).toMatch(/99999 distinct individuals < 100000/);
  });
  it('needs a standard contract from 100,000 individuals or from one sensitive individual', () => {
    expect(level(100_000, 0).level).toBe('standard_contract');
    expect(level(10, 1)).toMatchObject({ level: 'standard_contract', reasons: ['individuals with sensitive information: 1 ≥ 1 (standard_contract)'] });
    expect(level(999_999, 9_999).level).toBe('standard_contract');
  });
  it('needs a security assessment from 1,000,000 individuals or 10,000 sensitive ones', () => {
    expect(level(1_000_000, 0).level).toBe('security_assessment');
    expect(level(20_000, 10_000).level).toBe('security_assessment');
  });
});

describe("a user's policy file", () => {
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('may be YAML', () => {
    const file = write('team.yaml', ['id: team', 'measure: items', 'tiers: { A: 10, B: 100, C: 1000 }', 'levels:', '  - id: review', '    multiplier: 1', ''].join('\n'));
    const p = loadPolicy(file);
    expect(p).toMatchObject({ id: 'team', tiers: { A: 10, B: 100, C: 1000 }, levels: [{ id: 'review', multiplier: 1 }] });
    expect(assess([{ id: 'track', tier: 'A', items: 10 }], p, false).level).toBe('review');
  });

  it.each([
    ['a missing id', 'measure: items\ntiers: {A: 1, B: 1, C: 1}\nlevels: [{id: s, multiplier: 1}]\n', /"id" must be a non-empty string/],
    ['a bad tier', 'id: x\ntiers: {A: 1, B: zero, C: 1}\nlevels: [{id: s, multiplier: 1}]\n', /"tiers\.B" must be a positive number/],
    ['an unknown tier', 'id: x\ntiers: {A: 1, B: 1, C: 1, D: 1}\nlevels: [{id: s, multiplier: 1}]\n', /"tiers\.D" is not a tier/],
    ['an unknown measure', 'id: x\nmeasure: rows\ntiers: {A: 1, B: 1, C: 1}\nlevels: [{id: s, multiplier: 1}]\n', /"measure" must be "items" or "persons"/],
    ['a level without multiplier', 'id: x\ntiers: {A: 1, B: 1, C: 1}\nlevels: [{id: s}]\n', /"levels\[0\]\.multiplier" must be a positive number/],
    ['a persons level without a count', 'id: x\nmeasure: persons\nlevels: [{id: s}]\n', /"levels\[0\]" needs "persons" or "sensitivePersons"/],
    ['a misspelt level field', 'id: x\nmeasure: persons\nlevels: [{id: s, person: 5}]\n', /"levels\[0\]\.person" is not a level field/],
    ['a level named none', 'id: x\ntiers: {A: 1, B: 1, C: 1}\nlevels: [{id: none, multiplier: 1}]\n', /"levels\[0\]\.id"/],
    ['a bad duty factor', 'id: x\ntiers: {A: 1, B: 1, C: 1}\nlevels: [{id: s, multiplier: 1}]\ndutyHolderFactor: 2\n', /"dutyHolderFactor"/],
    ['broken YAML', 'id: [x\n', /policy .*broken\.yaml: /],
  ])('rejects %s in one line naming the field', (what, text, message) => {
    const file = write(what === 'broken YAML' ? 'broken.yaml' : `p${Math.abs(text.length)}-${what.length}.yaml`, text);
    let error: unknown;
    try {
      loadPolicy(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
