// Loads the entity catalogue from patterns/ and compiles it once: every text and label
// pattern of every type goes into one RE2 alternation, so a value is scanned in one pass
// whatever the number of types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import RE2 from 're2';
import { LabelValue } from './labelValue.js';
import { patternsDir } from './catalogueFiles.js';
import { SuffixMatcher, type HeaderHint } from './headers.js';
import type { ScannerPart } from './nextMatch.js';
import { NORMALISERS, type Normaliser } from './normalize.js';
import type { EntitySpec, PatternSpec } from './spec.js';
import { VALIDATORS, type Validator } from './validators/index.js';

/** re2's pattern set (its type is not exported by name). */
export type RE2Set = InstanceType<(typeof RE2)['Set']>;

export interface CompiledEntity {
  spec: EntitySpec;
  validator: Validator | undefined;
  normalise: Normaliser;
  /** Whole-value versions of the text patterns, to test a candidate found by another type's pattern. */
  anchoredText: AnchoredShape[];
  field: { re: RE2; pattern: PatternSpec; validator: Validator | undefined }[];
  /** Lower-cased keywords, searched around a match and in the column name. */
  keywords: string[];
  /** The spec's byValue rule with its validator (detect/byValue.ts). */
  byValue?: { validator: Validator | undefined; confidence: number; needsLinkingIdentifier: boolean; shape: RE2 | undefined; underOtherHints: boolean };
}

/** One text pattern of a type, anchored, with the settings that pattern overrides. */
export interface AnchoredShape {
  re: RE2;
  /** The pattern as written, for the catalogue's shape set. */
  source: string;
  confidence: number;
  validator: Validator | undefined;
  unverifiedWhenInvalid: boolean;
  requiresContext: boolean;
  /** PatternSpec.besideLinkingIdentifier with its validator. */
  besideLinking: { validator: Validator; confidence: number } | undefined;
  /** PatternSpec.notAfter, anchored at the end of the text before a match. */
  notAfter: RE2 | undefined;
}

export interface Alternative {
  entity: CompiledEntity;
  pattern: PatternSpec;
  /** A label pattern's value reader (its capture group 1); undefined for a text pattern. */
  label: LabelValue | undefined;
  validator: Validator | undefined;
  /** A text pattern's index in `shapes`: the shapes a span has are read off `alternativeSet`'s answer. */
  shape?: number;
}

export interface Catalogue {
  entities: CompiledEntity[];
  byId: Map<string, CompiledEntity>;
  /**
   * All text and label patterns in one alternation without capture groups: RE2 finds a
   * span several times faster when it need not report submatches. Which alternative matched,
   * and so which text shapes the span has, is then told by one call of `alternativeSet`
   * instead of a test per pattern.
   */
  scannerParts: ScannerPart[];
  alternatives: Alternative[];
  /** The alternatives, anchored at both ends: the lowest index matching a span is the one the scanner took. */
  alternativeSet: RE2Set;
  /** Every text shape of every type, anchored at both ends, in `shapes` order: for spans the scanner did not take (longer candidates, whole values). */
  shapeSet: RE2Set;
  shapes: { entity: CompiledEntity; shape: AnchoredShape }[];
  /** Entities with text patterns, by priority: the order a candidate is tried in. */
  textEntities: CompiledEntity[];
  /**
   * Every text pattern, sticky, by priority. The combined scanner takes the first
   * alternative that matches at a position, which may be a shorter shape of a noisier
   * type (8 digits of a UUID); when that candidate is nothing, the longer shapes that
   * start at the same position get their turn.
   */
  stickyText: RE2[];
  /**
   * Which of stickyText may match at a byte offset, asked in one pass: a set of them all,
   * anchored at the start of the bytes from the character before the offset on (each
   * pattern after an optional character, so a \b sees what precedes it). A superset — a
   * pattern matching at that character itself is in it too — so only its members are tried.
   */
  stickyTextSet: RE2Set;
  headerHints: SuffixMatcher<{ entity: CompiledEntity; negated: boolean }>;
  /** Entities with a byValue rule, by priority. */
  byValue: CompiledEntity[];
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

/** The same pattern with every group non-capturing (escapes and character classes left alone). */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
    } else if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
    } else if (c === '(' && source.startsWith('(?P<', i)) {
      out += '(?:';
      i = source.indexOf('>', i);
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * At most this many alternatives per part of the split scanner (nextMatch.ts PartsScan).
 * The whole catalogue in one RE2 outgrows the memory RE2 gives its DFA, which then falls
 * back to its NFA: 5× slower on log lines. So did a part of 23 of the 47 alternatives that
 * holds the name and coordinate patterns, on lines with Han text (70–100 µs a line against
 * 5 with 16 to a part); fewer alternatives to a part cost about 0.2 µs a CSV field, and a
 * part more is one more search of every value: with 16, the 49 alternatives of stop 15 made
 * four parts, whose searches of each line of the bench log or CSV took 0.64–0.83 s a 20 MiB
 * file, against 0.41–0.51 s in three parts of 17; stop 16's 52 fit three parts of 18. What
 * fits the DFA depends on the patterns as much as their number: a bounded repeat inside a
 * star ((?:A[B-Z][^|]{0,64}\|)*) made a part of 16 fall back (100× slower) until written
 * unbounded. The bench's "RE2 alone" column shows such a fall-back.
 */
const MAX_ALTERNATIVES_PER_PART = 18;

/** The alternation split into parts of at most MAX_ALTERNATIVES_PER_PART, of even sizes. */
function scannerParts(sources: string[]): ScannerPart[] {
  const parts: ScannerPart[] = [];
  const size = Math.ceil(sources.length / Math.ceil(sources.length / MAX_ALTERNATIVES_PER_PART));
  for (let i = 0; i < sources.length; i += size) {
    const alternation = sources.slice(i, i + size).join('|');
    parts.push({ re: compileRe2(alternation, 'combined catalogue', 'gu'), sticky: compileRe2(alternation, 'combined catalogue', 'uy') });
  }
  return parts;
}

export function compileCatalogue(specs: EntitySpec[]): Catalogue {
  const entities = [...specs].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id)).map(compileEntity);
  const alternatives: Alternative[] = [];
  const shapes: Catalogue['shapes'] = [];
  for (const entity of entities) {
    let textPatterns = 0;
    for (const pattern of entity.spec.patterns) {
      if (pattern.scope === 'field') continue;
      if (pattern.scope === 'label' && countGroups(pattern.regex) < 1) {
        throw new CatalogueError(`${entity.spec.id}: a label pattern needs a capture group for the value`);
      }
      const validator = pattern.validator === undefined ? entity.validator : VALIDATORS[pattern.validator];
      const label = pattern.scope === 'label' ? new LabelValue(pattern.regex, compileRe2(`^(?:${pattern.regex})$`, `pattern ${entity.spec.id}`)) : undefined;
      const alternative: Alternative = { entity, pattern, label, validator };
      if (pattern.scope === 'text') {
        alternative.shape = shapes.length;
        shapes.push({ entity, shape: entity.anchoredText[textPatterns++] });
      }
      alternatives.push(alternative);
    }
  }
  const sources = alternatives.map((a) => `(?:${withoutCaptures(a.pattern.regex)})`);
  const textEntities = entities.filter((e) => e.anchoredText.length > 0);
  const hints: HeaderHint<{ entity: CompiledEntity; negated: boolean }>[] = [];
  for (const entity of entities) {
    for (const hint of entity.spec.headers) hints.push({ hint, target: { entity, negated: false } });
    for (const hint of entity.spec.notHeaders ?? []) hints.push({ hint, target: { entity, negated: true } });
  }
  return {
    entities,
    byId: new Map(entities.map((e) => [e.spec.id, e])),
    scannerParts: scannerParts(sources),
    alternatives,
    alternativeSet: new RE2.Set(alternatives.map((a) => a.pattern.regex), 'u', { anchor: 'both' }),
    shapeSet: new RE2.Set(shapes.map((s) => s.shape.source), 'u', { anchor: 'both' }),
    shapes,
    textEntities,
    stickyText: alternatives.filter((a) => a.pattern.scope === 'text').map((a) => compileRe2(a.pattern.regex, `pattern ${a.entity.spec.id}`, 'uy')),
    stickyTextSet: new RE2.Set(alternatives.filter((a) => a.pattern.scope === 'text').map((a) => `(?s:.)?(?:${a.pattern.regex})`), 'u', { anchor: 'start' }),
    headerHints: new SuffixMatcher(hints),
    byValue: entities.filter((e) => e.byValue !== undefined),
  };
}

function lookupValidator(name: string | undefined, where: string): Validator | undefined {
  if (name === undefined) return undefined;
  const validator = VALIDATORS[name];
  if (!validator) throw new CatalogueError(`${where}: unknown validator "${name}" (known: ${Object.keys(VALIDATORS).join(', ')})`);
  return validator;
}

/** A pattern's besideLinkingIdentifier rule: without context, only its own validator can vouch for a match. */
function besideLinking(rule: { validator?: string; confidence?: number }, where: string): AnchoredShape['besideLinking'] {
  const validator = lookupValidator(rule.validator, where);
  if (!validator) throw new CatalogueError(`${where}: besideLinkingIdentifier needs a validator`);
  if (typeof rule.confidence !== 'number' || rule.confidence < 0 || rule.confidence > 1) throw new CatalogueError(`${where}: besideLinkingIdentifier needs a confidence from 0 to 1`);
  return { validator, confidence: rule.confidence };
}

function compileEntity(spec: EntitySpec): CompiledEntity {
  const where = `pattern ${spec.id}`;
  const validator = lookupValidator(spec.validator, where);
  const normalise = NORMALISERS[spec.normalizer ?? 'trim'];
  if (!normalise) throw new CatalogueError(`${where}: unknown normalizer "${spec.normalizer}" (known: ${Object.keys(NORMALISERS).join(', ')})`);
  const anchoredText: CompiledEntity['anchoredText'] = [];
  // Patterns that say the same notAfter share it, so that a candidate asks it once (detector.ts).
  const notAfter = new Map<string, RE2>();
  const field: CompiledEntity['field'] = [];
  for (const pattern of spec.patterns) {
    const re = compileRe2(pattern.scope === 'label' ? pattern.regex : `^(?:${pattern.regex})$`, where);
    const patternValidator = pattern.validator === undefined ? validator : lookupValidator(pattern.validator, where);
    if (pattern.scope === 'text') {
      anchoredText.push({
        re,
        source: pattern.regex,
        confidence: pattern.confidence,
        validator: patternValidator,
        unverifiedWhenInvalid: pattern.unverifiedWhenInvalid ?? spec.unverifiedWhenInvalid,
        requiresContext: pattern.requiresContext ?? spec.requiresContext ?? false,
        besideLinking: pattern.besideLinkingIdentifier && besideLinking(pattern.besideLinkingIdentifier, where),
        notAfter: pattern.notAfter === undefined ? undefined : (notAfter.get(pattern.notAfter) ?? notAfter.set(pattern.notAfter, compileRe2(`(?:${pattern.notAfter})$`, where)).get(pattern.notAfter)),
      });
    } else if (pattern.scope === 'field') {
      field.push({ re, pattern, validator: patternValidator });
    }
  }
  const byValue = spec.byValue && {
    validator: lookupValidator(spec.byValue.validator, where),
    confidence: spec.byValue.confidence,
    needsLinkingIdentifier: spec.byValue.needsLinkingIdentifier ?? false,
    shape: spec.byValue.regex === undefined ? undefined : compileRe2(`^(?:${spec.byValue.regex})$`, where),
    underOtherHints: spec.byValue.underOtherHints ?? false,
  };
  return { spec, validator, normalise, anchoredText, field, keywords: spec.keywords.map((k) => k.toLowerCase()), byValue };
}

let defaultCatalogue: Catalogue | undefined;

/** The catalogue shipped in patterns/entities, compiled once per thread. */
export function builtinCatalogue(): Catalogue {
  defaultCatalogue ??= compileCatalogue(loadEntitySpecs());
  return defaultCatalogue;
}
