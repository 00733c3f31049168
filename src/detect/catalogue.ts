// Loads the entity catalogue from patterns/ and compiles it once: every text and label
// pattern of every type goes into one RE2 alternation, so a value is scanned in one pass
// whatever the number of types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import RE2 from 're2';
import { patternsDir } from './catalogueFiles.js';
import { SuffixMatcher, type HeaderHint } from './headers.js';
import { NORMALISERS, type Normaliser } from './normalize.js';
import type { EntitySpec, PatternSpec } from './spec.js';
import { VALIDATORS, type Validator } from './validators/index.js';

export interface CompiledEntity {
  spec: EntitySpec;
  validator: Validator | undefined;
  normalise: Normaliser;
  /** Whole-value versions of the text patterns, to test a candidate found by another type's pattern. */
  anchoredText: AnchoredShape[];
  field: { re: RE2; pattern: PatternSpec; validator: Validator | undefined }[];
  /** Lower-cased keywords, searched around a match and in the column name. */
  keywords: string[];
}

/** One text pattern of a type, anchored, with the settings that pattern overrides. */
export interface AnchoredShape {
  re: RE2;
  confidence: number;
  validator: Validator | undefined;
  unverifiedWhenInvalid: boolean;
  requiresContext: boolean;
}

export interface Alternative {
  entity: CompiledEntity;
  pattern: PatternSpec;
  /** Capture group of the whole alternative in the combined scanner. */
  group: number;
  /** Capture group holding the value (label patterns), else the same as group. */
  valueGroup: number;
  validator: Validator | undefined;
}

export interface Catalogue {
  entities: CompiledEntity[];
  byId: Map<string, CompiledEntity>;
  scanner: RE2;
  alternatives: Alternative[];
  /** Entities with text patterns, by priority: the order a candidate is tried in. */
  textEntities: CompiledEntity[];
  /**
   * Every text pattern, sticky, by priority. The combined scanner takes the first
   * alternative that matches at a position, which may be a shorter shape of a noisier
   * type (8 digits of a UUID); when that candidate is nothing, the longer shapes that
   * start at the same position get their turn.
   */
  stickyText: RE2[];
  headerHints: SuffixMatcher<{ entity: CompiledEntity; negated: boolean }>;
}

export class CatalogueError extends Error {}

export function loadEntitySpecs(dir = join(patternsDir(), 'entities')): EntitySpec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EntitySpec);
}

function compileRe2(source: string, what: string, flags = 'u'): RE2 {
  try {
    return new RE2(source, flags);
  } catch (e) {
    throw new CatalogueError(`${what}: invalid RE2 pattern: ${(e as Error).message.split('\n')[0]}`);
  }
}

function countGroups(source: string): number {
  return (new RE2(`(?:${source})|$`, 'u').exec('') ?? ['']).length - 1;
}

export function compileCatalogue(specs: EntitySpec[]): Catalogue {
  const entities = [...specs].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id)).map(compileEntity);
  const alternatives: Alternative[] = [];
  const sources: string[] = [];
  let group = 1;
  for (const entity of entities) {
    for (const pattern of entity.spec.patterns) {
      if (pattern.scope === 'field') continue;
      const inner = countGroups(pattern.regex);
      if (pattern.scope === 'label' && inner < 1) {
        throw new CatalogueError(`${entity.spec.id}: a label pattern needs a capture group for the value`);
      }
      const validator = pattern.validator === undefined ? entity.validator : VALIDATORS[pattern.validator];
      alternatives.push({ entity, pattern, group, valueGroup: pattern.scope === 'label' ? group + 1 : group, validator });
      sources.push(`(${pattern.regex})`);
      group += 1 + inner;
    }
  }
  const hints: HeaderHint<{ entity: CompiledEntity; negated: boolean }>[] = [];
  for (const entity of entities) {
    for (const hint of entity.spec.headers) hints.push({ hint, target: { entity, negated: false } });
    for (const hint of entity.spec.notHeaders ?? []) hints.push({ hint, target: { entity, negated: true } });
  }
  return {
    entities,
    byId: new Map(entities.map((e) => [e.spec.id, e])),
    scanner: compileRe2(sources.join('|') || '$^', 'combined catalogue', 'gu'),
    alternatives,
    textEntities: entities.filter((e) => e.anchoredText.length > 0),
    stickyText: alternatives.filter((a) => a.pattern.scope === 'text').map((a) => compileRe2(a.pattern.regex, `pattern ${a.entity.spec.id}`, 'uy')),
    headerHints: new SuffixMatcher(hints),
  };
}

function lookupValidator(name: string | undefined, where: string): Validator | undefined {
  if (name === undefined) return undefined;
  const validator = VALIDATORS[name];
  if (!validator) throw new CatalogueError(`${where}: unknown validator "${name}" (known: ${Object.keys(VALIDATORS).join(', ')})`);
  return validator;
}

function compileEntity(spec: EntitySpec): CompiledEntity {
  const where = `pattern ${spec.id}`;
  const validator = lookupValidator(spec.validator, where);
  const normalise = NORMALISERS[spec.normalizer ?? 'trim'];
  if (!normalise) throw new CatalogueError(`${where}: unknown normalizer "${spec.normalizer}" (known: ${Object.keys(NORMALISERS).join(', ')})`);
  const anchoredText: CompiledEntity['anchoredText'] = [];
  const field: CompiledEntity['field'] = [];
  for (const pattern of spec.patterns) {
    const re = compileRe2(pattern.scope === 'label' ? pattern.regex : `^(?:${pattern.regex})$`, where);
    const patternValidator = pattern.validator === undefined ? validator : lookupValidator(pattern.validator, where);
    if (pattern.scope === 'text') {
      anchoredText.push({
        re,
        confidence: pattern.confidence,
        validator: patternValidator,
        unverifiedWhenInvalid: pattern.unverifiedWhenInvalid ?? spec.unverifiedWhenInvalid,
        requiresContext: pattern.requiresContext ?? spec.requiresContext ?? false,
      });
    } else if (pattern.scope === 'field') {
      field.push({ re, pattern, validator: patternValidator });
    }
  }
  return { spec, validator, normalise, anchoredText, field, keywords: spec.keywords.map((k) => k.toLowerCase()) };
}

let defaultCatalogue: Catalogue | undefined;

/** The catalogue shipped in patterns/entities, compiled once per thread. */
export function builtinCatalogue(): Catalogue {
  defaultCatalogue ??= compileCatalogue(loadEntitySpecs());
  return defaultCatalogue;
}
