// Finds the entities in one record: one pass of the combined scanner over each value,
// then per candidate the validators of every type whose shape it has, in priority order;
// then the columns whose header names a field-scope type (names, addresses).
import type { DataRecord, Field } from '../types.js';
import type { Catalogue, CompiledEntity } from './catalogue.js';
import { hintHeader, normaliseHeader } from './headers.js';
import { mask } from './mask.js';
import type { DateContext } from './validators/calendarDate.js';

/** A detection before masking: the normalised value stays inside the worker. */
export interface Found {
  entity: CompiledEntity;
  field: string | null;
  /** Normalised header of the field ('' for free text), for role and category hints. */
  header: string;
  normalised: string;
  verified: boolean;
  confidence: number;
}

/** How far before a match a context keyword may stand (characters). */
const CONTEXT_WINDOW = 24;
const CONTEXT_BONUS = 0.1;

export interface DetectorOptions {
  catalogue: Catalogue;
  dates: DateContext;
}

export class Detector {
  constructor(private readonly opts: DetectorOptions) {}

  detect(record: DataRecord): Found[] {
    const found: Found[] = [];
    const seen = new Set<string>();
    const add = (f: Found): void => {
      const id = `${f.entity.spec.id}\0${f.header}\0${f.normalised}`;
      if (!seen.has(id)) {
        seen.add(id);
        found.push(f);
      }
    };
    for (const field of record.fields) {
      if (field.value.length === 0) continue;
      const header = field.name === null ? '' : normaliseHeader(field.name);
      const hint = header === '' ? undefined : this.hintOf(field.name!, header);
      const hinted = hint && !hint.target.negated ? hint.target.entity : undefined;
      const addFrom = field.damaged ? (f: Found): void => add({ ...f, verified: false }) : add;
      this.scanText(field, header, hinted, addFrom);
      if (hinted && hinted.field.length > 0) this.checkField(field, header, hinted, addFrom);
    }
    return found;
  }

  /** The hint of a path's last segment (user.name → name) first, then of the whole name. */
  private hintOf(name: string, header: string): ReturnType<Catalogue['headerHints']['match']> {
    const hints = this.opts.catalogue.headerHints;
    const last = hintHeader(name);
    return (last !== header ? hints.match(last) : undefined) ?? hints.match(header);
  }

  private scanText(field: Field, header: string, hinted: CompiledEntity | undefined, add: (f: Found) => void): void {
    const { scanner, alternatives } = this.opts.catalogue;
    const text = field.value;
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
      if (m[0].length === 0) {
        scanner.lastIndex++;
        continue;
      }
      const alt = alternatives.find((a) => m![a.group] !== undefined);
      if (!alt) continue;
      if (alt.pattern.scope === 'label') {
        const value = m[alt.valueGroup];
        const f = this.validate(alt.entity, value, field.name, header, alt.pattern.confidence, true);
        if (f?.verified) add(f);
      } else {
        const f = this.classifyCandidate(m[0], text, m.index, field.name, header, hinted);
        if (f) add(f);
      }
    }
  }

  /** Tries every type whose shape the candidate has; the first that validates wins. */
  private classifyCandidate(
    candidate: string,
    text: string,
    at: number,
    fieldName: string | null,
    header: string,
    hinted: CompiledEntity | undefined,
  ): Found | undefined {
    let unverified: Found | undefined;
    for (const entity of this.opts.catalogue.textEntities) {
      const shape = entity.anchoredText.find((a) => a.re.test(candidate));
      if (!shape) continue;
      const inContext = entity === hinted || hasKeywordBefore(entity, text, at);
      if (entity.spec.requiresContext && !inContext) continue;
      const confidence = Math.min(1, baseConfidence(entity) + (inContext ? CONTEXT_BONUS : 0));
      const f = this.validate(entity, candidate, fieldName, header, confidence, shape.unverifiedWhenInvalid);
      if (f?.verified) return f;
      unverified ??= f;
    }
    return unverified;
  }

  private checkField(field: Field, header: string, entity: CompiledEntity, add: (f: Found) => void): void {
    const value = field.value.trim();
    const pattern = entity.field.find((p) => p.re.test(value));
    if (!pattern) return;
    const f = this.validate(entity, value, field.name, header, pattern.pattern.confidence, entity.spec.unverifiedWhenInvalid);
    if (f) add(f);
  }

  private validate(
    entity: CompiledEntity,
    raw: string,
    fieldName: string | null,
    header: string,
    confidence: number,
    reportInvalid: boolean,
  ): Found | undefined {
    const normalised = entity.normalise(raw);
    const verified = entity.validator ? entity.validator(normalised, this.opts.dates) : true;
    if (!verified && !reportInvalid) return undefined;
    return { entity, field: fieldName, header, normalised, verified, confidence };
  }
}

function baseConfidence(entity: CompiledEntity): number {
  return Math.max(...entity.spec.patterns.filter((p) => p.scope === 'text').map((p) => p.confidence));
}

function hasKeywordBefore(entity: CompiledEntity, text: string, at: number): boolean {
  if (entity.spec.keywords.length === 0) return false;
  const window = text.slice(Math.max(0, at - CONTEXT_WINDOW), at).toLowerCase();
  return entity.spec.keywords.some((k) => window.includes(k.toLowerCase()));
}

/** The masked, hashed form of a detection that may leave the worker. */
export function publicValue(f: Found): string {
  return mask(f.normalised, f.entity.spec.mask);
}
