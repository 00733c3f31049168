// User-supplied entity types (--patterns FILE): the same shape as patterns/entities/*.json,
// with defaults for what a user rarely needs to say. A file is checked whole before a scan
// starts — shape, RE2 syntax, validator names, its own examples — and any fault is one
// line naming the file and the pattern.
import { readFileSync } from 'node:fs';
import { CATEGORY_IDS } from '../types.js';
import { builtinCatalogue, CatalogueError, compileCatalogue, loadEntitySpecs, type Catalogue } from './catalogue.js';
import { Detector } from './detector.js';
import { failingExample } from './examples.js';
import type { EntityKind, EntitySpec, PatternScope, PatternSpec } from './spec.js';

const KINDS: EntityKind[] = ['identifier', 'attribute', 'name', 'excluded'];
const SCOPES: PatternScope[] = ['text', 'label', 'field'];

type Loose = Record<string, unknown>;

function fail(file: string, id: string, why: string): never {
  throw new CatalogueError(`--patterns ${file}: pattern ${id}: ${why}`);
}

function stringList(v: unknown, file: string, id: string, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) fail(file, id, `${what} must be a list of strings`);
  return v as string[];
}

function toPattern(p: unknown, file: string, id: string): PatternSpec {
  if (typeof p === 'string') return { regex: p, scope: 'text', confidence: 0.8 };
  const o = (p ?? {}) as Loose;
  if (typeof o.regex !== 'string') fail(file, id, 'each pattern needs a "regex" string');
  const scope = (o.scope ?? 'text') as PatternScope;
  if (!SCOPES.includes(scope)) fail(file, id, `scope must be one of ${SCOPES.join(', ')}`);
  const confidence = o.confidence ?? 0.8;
  if (typeof confidence !== 'number' || confidence < 0 || confidence > 1) fail(file, id, 'confidence must be a number from 0 to 1');
  if (o.notAfter !== undefined && typeof o.notAfter !== 'string') fail(file, id, '"notAfter" must be a regex string');
  return { ...(o as object), regex: o.regex, scope, confidence } as PatternSpec;
}

function toSpec(raw: unknown, file: string, builtinIds: Set<string>): EntitySpec {
  const o = (raw ?? {}) as Loose;
  const id = typeof o.id === 'string' ? o.id : '';
  if (!/^[a-z][a-z0-9_]{1,40}$/.test(id)) fail(file, JSON.stringify(o.id ?? null), 'needs an "id" of lower-case letters, digits and _');
  if (builtinIds.has(id)) fail(file, id, 'this id is a built-in type; choose another');
  const kind = (o.kind ?? 'attribute') as EntityKind;
  if (!KINDS.includes(kind)) fail(file, id, `kind must be one of ${KINDS.join(', ')}`);
  if (o.category !== undefined && !(CATEGORY_IDS as readonly unknown[]).includes(o.category)) fail(file, id, `category must be one of ${CATEGORY_IDS.join(', ')}`);
  const patterns = Array.isArray(o.patterns) ? o.patterns : typeof o.regex === 'string' ? [o.regex] : [];
  if (patterns.length === 0) fail(file, id, 'needs "patterns" (or one "regex")');
  const examples = (o.examples ?? {}) as Loose;
  return {
    ...(o as object),
    id,
    description: typeof o.description === 'string' ? o.description : id,
    kind,
    priority: typeof o.priority === 'number' ? o.priority : 80,
    links: o.links === true,
    patterns: patterns.map((p) => toPattern(p, file, id)),
    mask: (o.mask as EntitySpec['mask']) ?? { keepStart: 2, keepEnd: 2 },
    headers: stringList(o.headers, file, id, 'headers'),
    keywords: stringList(o.keywords, file, id, 'keywords'),
    unverifiedWhenInvalid: o.unverifiedWhenInvalid === true,
    examples: { match: (examples.match as EntitySpec['examples']['match']) ?? [], noMatch: (examples.noMatch as EntitySpec['examples']['noMatch']) ?? [] },
  } as EntitySpec;
}

/** The entity specs of one --patterns file: `{ "entities": [...] }`, a list, or one spec. */
export function loadPatternFile(file: string, builtinIds: Set<string>): EntitySpec[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CatalogueError(`--patterns ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(parsed) ? parsed : Array.isArray((parsed as Loose)?.entities) ? ((parsed as Loose).entities as unknown[]) : [parsed];
  return list.map((raw) => toSpec(raw, file, builtinIds));
}

const cache = new Map<string, Catalogue>();

/** The shipped catalogue plus the types of the given files, compiled once per thread. */
export function catalogueWith(patternFiles: readonly string[]): Catalogue {
  if (patternFiles.length === 0) return builtinCatalogue();
  const key = patternFiles.join('\0');
  let catalogue = cache.get(key);
  if (!catalogue) {
    const builtin = loadEntitySpecs();
    const ids = new Set(builtin.map((s) => s.id));
    const custom: { file: string; spec: EntitySpec }[] = [];
    for (const file of patternFiles) {
      for (const spec of loadPatternFile(file, ids)) {
        if (ids.has(spec.id)) fail(file, spec.id, 'defined twice');
        ids.add(spec.id);
        custom.push({ file, spec });
      }
    }
    for (const { file, spec } of custom) {
      try {
        compileCatalogue([spec]);
      } catch (e) {
        fail(file, spec.id, (e as Error).message.replace(/^pattern [^:]+: /, ''));
      }
    }
    catalogue = compileCatalogue([...builtin, ...custom.map((c) => c.spec)]);
    cache.set(key, catalogue);
  }
  return catalogue;
}

/** Runs the examples of the user's types against the merged catalogue; throws on the first that fails. */
export function checkPatternFiles(patternFiles: readonly string[], now: Date): void {
  const catalogue = catalogueWith(patternFiles);
  const builtinIds = new Set(loadEntitySpecs().map((s) => s.id));
  const detector = new Detector({ catalogue, dates: { now } });
  for (const entity of catalogue.entities) {
    if (builtinIds.has(entity.spec.id)) continue;
    const why = failingExample(detector, entity.spec);
    if (why) throw new CatalogueError(`--patterns: pattern ${entity.spec.id}: ${why}`);
  }
}
