// Policies are data (patterns/policies/*.json or a user's file), checked on load so a
// mistake gives one clear line instead of a wrong verdict.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternsDir } from '../detect/catalogueFiles.js';
import type { Tier } from '../types.js';

export interface PolicyLevel {
  id: string;
  multiplier: number;
}

export interface Policy {
  id: string;
  name: string;
  description: string;
  measure: 'items';
  tiers: Record<Tier, number>;
  levels: PolicyLevel[];
  proportional: boolean;
  dutyHolder: boolean;
  dutyHolderFactor: number;
  disclaimer: string;
}

export class PolicyError extends Error {}

/** A built-in policy by id, or a policy file by path. */
export function loadPolicy(idOrPath: string): Policy {
  const builtin = join(patternsDir(), 'policies', `${idOrPath}.json`);
  const file = /^[a-z0-9-]+$/.test(idOrPath) && existsSync(builtin) ? builtin : idOrPath;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PolicyError(`policy ${idOrPath}: ${existsSync(file) ? (e as Error).message : 'no such built-in policy or file'}`);
  }
  return checkPolicy(raw, idOrPath);
}

function checkPolicy(raw: unknown, where: string): Policy {
  const fail = (what: string): never => {
    throw new PolicyError(`policy ${where}: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null) fail('not a JSON object');
  const p = raw as Partial<Policy>;
  if (typeof p.id !== 'string' || p.id === '') fail('"id" must be a non-empty string');
  if (p.measure !== 'items') fail('"measure" must be "items"');
  for (const t of ['A', 'B', 'C'] as const) {
    const v = p.tiers?.[t];
    if (typeof v !== 'number' || !(v > 0)) fail(`"tiers.${t}" must be a positive number`);
  }
  if (!Array.isArray(p.levels) || p.levels.length === 0) fail('"levels" must be a non-empty list');
  for (const l of p.levels!) {
    if (typeof l?.id !== 'string' || typeof l.multiplier !== 'number' || !(l.multiplier > 0)) fail('each level needs an "id" and a positive "multiplier"');
  }
  const factor = p.dutyHolderFactor ?? 1;
  if (typeof factor !== 'number' || !(factor > 0 && factor <= 1)) fail('"dutyHolderFactor" must be in (0, 1]');
  return {
    id: p.id!,
    name: p.name ?? p.id!,
    description: p.description ?? '',
    measure: 'items',
    tiers: p.tiers!,
    levels: [...p.levels!].sort((a, b) => a.multiplier - b.multiplier),
    proportional: p.proportional ?? false,
    dutyHolder: p.dutyHolder ?? false,
    dutyHolderFactor: factor,
    disclaimer: p.disclaimer ?? 'A measurement, not legal advice.',
  };
}
