// Policies are data (patterns/policies/*.json or a user's JSON/YAML file), checked on load
// against the shape of patterns/policies/policy.schema.json, so a mistake gives one line
// naming the field instead of a wrong verdict.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { patternsDir } from '../detect/catalogueFiles.js';
import type { Tier } from '../types.js';

export interface PolicyLevel {
  id: string;
  /** `items` measure: the level is reached at this multiple of the tier thresholds. */
  multiplier: number;
  /** `persons` measure: reached at this many distinct individuals … */
  persons?: number;
  /** … or at this many individuals with sensitive information (PIPL Art. 28). */
  sensitivePersons?: number;
}

export interface Policy {
  id: string;
  name: string;
  description: string;
  /** `items`: (person, category) pairs per tier (Art. 253-1); `persons`: distinct individuals (cross-border). */
  measure: 'items' | 'persons';
  /** Per-tier thresholds; a `persons` policy may leave them out (all 0: no per-category ratio). */
  tiers: Record<Tier, number>;
  /** Least severe first. */
  levels: PolicyLevel[];
  proportional: boolean;
  dutyHolder: boolean;
  dutyHolderFactor: number;
  disclaimer: string;
  /** The disclaimer in Chinese, for zh reports; the English one when the policy has none. */
  disclaimerZh?: string;
}

export class PolicyError extends Error {}

/** The fields a policy may have (and patterns/policies/policy.schema.json lists). */
export const POLICY_FIELDS = ['$schema', 'note', 'id', 'name', 'description', 'measure', 'tiers', 'levels', 'proportional', 'dutyHolder', 'dutyHolderFactor', 'disclaimer', 'disclaimerZh'];
export const LEVEL_FIELDS = ['id', 'multiplier', 'persons', 'sensitivePersons'];

/** The built-in policies (patterns/policies/*.json, by id). */
export function builtinPolicyFile(id: string): string | undefined {
  const file = join(patternsDir(), 'policies', `${id}.json`);
  return /^[a-z0-9-]+$/.test(id) && id !== 'policy' && existsSync(file) ? file : undefined;
}

/** A built-in policy by id, or a policy file (JSON, or YAML by its .yaml/.yml extension) by path. */
export function loadPolicy(idOrPath: string): Policy {
  const file = builtinPolicyFile(idOrPath) ?? idOrPath;
  if (!existsSync(file)) throw new PolicyError(`policy ${idOrPath}: no such built-in policy or file`);
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = ['.yaml', '.yml'].includes(extname(file).toLowerCase()) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new PolicyError(`policy ${idOrPath}: ${(e as Error).message.split('\n')[0]}`);
  }
  return checkPolicy(raw, idOrPath);
}

type Check = (ok: boolean, field: string, what: string) => void;

export function checkPolicy(raw: unknown, where: string): Policy {
  const need: Check = (ok, field, what) => {
    if (!ok) throw new PolicyError(`policy ${where}: "${field}" ${what}`);
  };
  need(isObject(raw), '(top level)', 'must be an object');
  const p = raw as Record<string, unknown>;
  for (const k of Object.keys(p)) need(POLICY_FIELDS.includes(k), k, `is not a policy field (known: ${POLICY_FIELDS.slice(2).join(', ')})`);
  need(typeof p.id === 'string' && p.id !== '', 'id', 'must be a non-empty string');
  for (const k of ['name', 'description', 'disclaimer', 'disclaimerZh']) need(p[k] === undefined || typeof p[k] === 'string', k, 'must be a string');
  for (const k of ['proportional', 'dutyHolder']) need(p[k] === undefined || typeof p[k] === 'boolean', k, 'must be true or false');
  const measure = p.measure ?? 'items';
  need(measure === 'items' || measure === 'persons', 'measure', 'must be "items" or "persons"');
  const tiers = checkTiers(p.tiers, measure === 'items', need);
  const levels = checkLevels(p.levels, measure as Policy['measure'], need);
  const factor = p.dutyHolderFactor ?? 1;
  need(typeof factor === 'number' && factor > 0 && factor <= 1, 'dutyHolderFactor', 'must be a number in (0, 1]');
  return {
    id: p.id as string,
    name: (p.name as string | undefined) ?? (p.id as string),
    description: (p.description as string | undefined) ?? '',
    measure: measure as Policy['measure'],
    tiers,
    levels,
    proportional: (p.proportional as boolean | undefined) ?? false,
    dutyHolder: (p.dutyHolder as boolean | undefined) ?? false,
    dutyHolderFactor: factor as number,
    disclaimer: (p.disclaimer as string | undefined) ?? 'A measurement, not legal advice.',
    disclaimerZh: p.disclaimerZh as string | undefined,
  };
}

function checkTiers(raw: unknown, required: boolean, need: Check): Record<Tier, number> {
  if (raw === undefined && !required) return { A: 0, B: 0, C: 0 };
  need(isObject(raw), 'tiers', 'must be an object with A, B and C');
  const tiers = raw as Record<string, unknown>;
  for (const k of Object.keys(tiers)) need(['A', 'B', 'C'].includes(k), `tiers.${k}`, 'is not a tier (A, B, C)');
  for (const t of ['A', 'B', 'C']) need(isPositive(tiers[t]), `tiers.${t}`, 'must be a positive number');
  return tiers as Record<Tier, number>;
}

function checkLevels(raw: unknown, measure: Policy['measure'], need: Check): PolicyLevel[] {
  need(Array.isArray(raw) && raw.length > 0, 'levels', 'must be a non-empty list');
  const levels = (raw as unknown[]).map((l, i): PolicyLevel => {
    const at = `levels[${i}]`;
    need(isObject(l), at, 'must be an object');
    const level = l as Record<string, unknown>;
    for (const k of Object.keys(level)) need(LEVEL_FIELDS.includes(k), `${at}.${k}`, `is not a level field (known: ${LEVEL_FIELDS.join(', ')})`);
    need(typeof level.id === 'string' && level.id !== '' && level.id !== 'none', `${at}.id`, 'must be a non-empty string other than "none"');
    if (measure === 'items') {
      need(isPositive(level.multiplier), `${at}.multiplier`, 'must be a positive number');
      return { id: level.id as string, multiplier: level.multiplier as number };
    }
    for (const k of ['persons', 'sensitivePersons']) need(level[k] === undefined || isPositive(level[k]), `${at}.${k}`, 'must be a positive number');
    need(level.persons !== undefined || level.sensitivePersons !== undefined, at, 'needs "persons" or "sensitivePersons" (measure persons)');
    return { id: level.id as string, multiplier: 1, persons: level.persons as number | undefined, sensitivePersons: level.sensitivePersons as number | undefined };
  });
  const ids = levels.map((l) => l.id);
  need(new Set(ids).size === ids.length, 'levels', 'has the same id twice');
  // Items levels go by multiplier; persons levels are listed least severe first.
  return measure === 'items' ? levels.sort((a, b) => a.multiplier - b.multiplier) : levels;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPositive(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}
