// Finds the entities in one record: one pass of the combined scanner over each value,
// then per candidate the validators of every type whose shape it has, in priority order;
// then the columns whose header names a field-scope type (names, addresses), and the
// key/value pairs of free text whose key does (keyValues.ts); then values found by their
// shape in columns no header hint claims (byValue.ts).
import type { DataRecord, Field } from '../types.js';
import type { AnchoredShape, Catalogue, CompiledEntity } from './catalogue.js';
import { expandedHeader, headerVariants, headOf, hintHeader, normaliseHeader } from './headers.js';
import { memoize } from './memo.js';
import { mask } from './mask.js';
import { foundByValue, holdsLinkingIdentifier, type ColumnHint } from './byValue.js';
import { withInsertedColumns } from './insertedRows.js';
import { keyValuePairs, unescapedQuotes, type KeyValue } from './keyValues.js';
import { PartsScan } from './nextMatch.js';
import { Utf8Text } from './utf8Text.js';
import type { DateContext } from './validators/calendarDate.js';
import type { Validator } from './validators/index.js';
import type RE2 from 're2';

/** A detection before masking: the normalised value stays inside the worker. */
export interface Found {
  entity: CompiledEntity;
  field: string | null;
  /** Normalised header of the field ('' for free text), for role and category hints. */
  header: string;
  normalised: string;
  verified: boolean;
  confidence: number;
  /** Found without its context (PatternSpec.besideLinkingIdentifier): kept only if the record holds a verified linking identifier. */
  onlyBesideLinkingIdentifier?: boolean;
}

/** The kinds of type a free-text key names the way a column name does (pairFindings). */
const PAIR_KINDS: ReadonlySet<string> = new Set(['name', 'attribute']);
/** How far on each side of a match a context keyword may stand (characters), unless the type says. */
const DEFAULT_CONTEXT_CHARS = 24;
/** How much of the text before a match a pattern's notAfter reads (characters). */
const NOT_AFTER_CHARS = 64;
/** Confidence added when the column or a nearby keyword names the type. */
const CONTEXT_BONUS = 0.1;
/** A column name's form in ASCII only: a system name, whose words are English or abbreviations. */
const ASCII = /^[\x20-\x7e]+$/;

export interface DetectorOptions {
  catalogue: Catalogue;
  dates: DateContext;
  /** Findings below this confidence are dropped (--min-confidence). */
  minConfidence?: number;
}

/** Findings a column's or a key's name says are not of a type (server_ip: not a person's IP): all in the column, or the key's value. */
interface Denial {
  entity: CompiledEntity;
  field: string | null;
  normalised?: string;
}

/** Where a candidate stands: its field, and where in the field's text. */
interface Site {
  text: string;
  /** The text's bytes (for sets of patterns asked at a position). */
  subject: Utf8Text;
  start: number;
  end: number;
  fieldName: string | null;
  header: string;
  hinted: CompiledEntity | undefined;
}

export class Detector {
  private readonly minConfidence: number;

  constructor(private readonly opts: DetectorOptions) {
    this.minConfidence = opts.minConfidence ?? 0;
  }

  detect(given: DataRecord): Found[] {
    // Every pass reads free text with its escaped quotes unescaped ("lat\":24.97 as "lat":24.97),
    // and the rows of the SQL INSERTs it holds as columns of their own.
    const unescaped = given.fields.some((f) => f.name === null && f.value.includes('\\"'))
      ? { ...given, fields: given.fields.map((f) => (f.name === null ? { ...f, value: unescapedQuotes(f.value) } : f)) }
      : given;
    const { record, added } = withInsertedColumns(unescaped);
    const found: Found[] = [];
    const seen = new Set<string>();
    const besideLinking: Found[] = [];
    const add = (f: Found | undefined): void => {
      if (!f || f.confidence < this.minConfidence) return;
      if (f.onlyBesideLinkingIdentifier) return void besideLinking.push(f);
      const id = `${f.entity.spec.id}\0${f.header}\0${f.normalised}`;
      if (!seen.has(id)) {
        seen.add(id);
        found.push(f);
      }
    };
    // A free-text field's key/value pairs, parsed once for the pass by name and the one by value.
    const pairs = new Map<Field, readonly KeyValue[]>();
    const pairsOf = (field: Field): readonly KeyValue[] => pairs.get(field) ?? (pairs.set(field, keyValuePairs(field.value)), pairs.get(field)!);
    const denied: Denial[] = [];
    for (const field of record.fields) {
      if (field.value.length === 0) continue;
      const header = field.name === null ? '' : normaliseHeader(field.name);
      const hint = header === '' ? undefined : this.hintOf(field.name!);
      const hinted = hint && !hint.target.negated ? hint.target.entity : undefined;
      if (hint?.target.negated) denied.push({ entity: hint.target.entity, field: field.name });
      const addFrom = field.damaged ? (f: Found | undefined): void => add(f && { ...f, verified: false }) : add;
      this.scanText(field, header, hinted, addFrom);
      if (hinted && hinted.field.length > 0) addFrom(this.checkField(field, header, hinted));
      if (field.name === null) for (const f of this.pairFindings(pairsOf(field), found, denied)) addFrom(f);
    }
    if (besideLinking.length > 0 && holdsLinkingIdentifier(found)) {
      for (const f of besideLinking) add({ ...f, onlyBesideLinkingIdentifier: false });
    }
    if (denied.length > 0) {
      const kept = found.filter((f) => !denied.some((d) => d.entity === f.entity && d.field === f.field && (d.normalised === undefined || d.normalised === f.normalised)));
      found.splice(0, found.length, ...kept);
    }
    for (const f of foundByValue(record, found, this.opts.catalogue, this.opts.dates, this.columnHint, pairsOf)) add(f);
    return added.size === 0 ? found : onceEach(found, added);
  }

  /**
   * The values of a line's key/value pairs whose key names a column-scope type the way a
   * column name would (LKXM:王芳, "from_name":"王芳"), unless the line's scan found them
   * already; a value whose key says it is not of a type (host_ip) goes to `denied`.
   */
  private pairFindings(pairs: readonly KeyValue[], found: readonly Found[], denied: Denial[]): Found[] {
    const out: Found[] = [];
    for (const { key, value } of pairs) {
      const hint = this.hintOf(key);
      if (hint?.target.negated) {
        denied.push({ entity: hint.target.entity, field: null, normalised: hint.target.entity.normalise(value.trim()) });
        continue;
      }
      // Names and attributes only: a key is read like a column name, by its ending, and a
      // password's ending is a short word that other keys end in too (bypass=, compass:).
      if (!hint || hint.target.entity.field.length === 0 || !PAIR_KINDS.has(hint.target.entity.spec.kind)) continue;
      const entity = hint.target.entity;
      const f = this.checkField({ name: null, value }, normaliseHeader(key), entity);
      if (!f?.verified || found.some((g) => g.entity === f.entity && g.normalised === f.normalised)) continue;
      // A key is read by its last segment and ending, weaker evidence than a column name
      // (hotel.name holds a hotel's): the value must also have the type's strict shape.
      const strict = entity.byValue?.validator;
      if (!strict || strict(f.normalised, this.opts.dates)) out.push(f);
    }
    return out;
  }

  /** What a column's name says of the catalogue's types, for the by-value pass. */
  private readonly columnHint = (name: string): ColumnHint => {
    const hint = this.hintOf(name);
    return hint === undefined ? 'none' : hint.target.negated ? 'isNot' : 'is';
  };

  /**
   * The hint of the most specific form of the column name that has one (headers.ts
   * headerVariants). Column names repeat on every row: each one's hint is kept.
   */
  private readonly hintOf = memoize((name: string): ReturnType<Catalogue['headerHints']['match']> => {
    const hints = this.opts.catalogue.headerHints;
    const headForms = new Set(headerVariants(headOf(name)));
    for (const form of headerVariants(name)) {
      // A bare person ending (人, 员, 者, 客, 师) in a name's notes says whose the value is,
      // not that it is a name: VIP订单号(付费会员) is a paying member's order number.
      const every = headForms.has(form) ? hints.matchEvery(form) : hints.matchEvery(form).filter((h) => h.hint.length > 1);
      const hint = every[0];
      if (hint === undefined) continue;
      // "Not this type" says nothing of other types: ContactAddress is not a contact's name,
      // and is an address.
      if (hint.target.negated) {
        const other = every.find((h) => !h.target.negated && h.target.entity !== hint.target.entity);
        if (other) return other;
      }
      // "Not this type" read from a guessed expansion (FROM_USER_NM → fromusername) is no evidence.
      if (hint.target.negated && form === expandedHeader(name)) continue;
      // Han notes that explain a system name say what its English word only guesses at:
      // gname(申报品名) is a declared product name, not a person's.
      if (!hint.target.negated && headForms.has(form) && ASCII.test(form)) {
        const noted = hints.match(hintHeader(name));
        if (noted?.target.negated && noted.target.entity === hint.target.entity) return noted;
      }
      return hint;
    }
    return undefined;
  });

  private scanText(field: Field, header: string, hinted: CompiledEntity | undefined, add: (f: Found | undefined) => void): void {
    const { scannerParts, alternatives, alternativeSet } = this.opts.catalogue;
    const text = field.value;
    const subject = new Utf8Text(text);
    const scan = new PartsScan(scannerParts, subject);
    let from = 0;
    for (let m = scan.next(from); m !== null; m = scan.next(from)) {
      from = m.end;
      if (m.text.length === 0) {
        from++;
        continue;
      }
      const matching = alternativeSet.match(m.bytes);
      // The scanner took the first alternative that matches here; no earlier one matches the span.
      const alt = alternatives[Math.min(...matching)];
      if (!alt) continue;
      if (alt.pattern.scope === 'label') {
        const value = alt.label!.valueOf(m);
        if (value === undefined) continue;
        const f = this.validate(alt.entity, alt.validator, value, field.name, header, alt.pattern.confidence, true);
        // A label match ends with its value: what the pattern read after it (a bracketed
        // phone that marks a name) is scanned again for its own entities. A label whose
        // value is nothing hides nothing: scanning goes on from its next character, where
        // a shorter label (登记： inside 入住登记：) may start.
        if (f?.verified) {
          add(f);
          from = m.index + m.text.indexOf(value) + value.length;
        } else {
          from = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
        }
      } else {
        const site = { text, subject, start: m.index, end: m.end, fieldName: field.name, header, hinted };
        // The span's shapes are the text alternatives it matches: no second pass of the shape set.
        const shapes = matching.flatMap((i: number) => alternatives[i].shape ?? []);
        // A candidate that runs on into more of one token (0898-75687466-4530 of
        // 08987568-7466-4530-AA85-…) is the start of a longer value: the longest of any type
        // that validates; when one has the shape but not the context (a bare UUID, a trace
        // ID), none — not the shorter one inside it.
        let f: Found | undefined;
        if (continuesToken(text, site.end)) {
          f = this.longerCandidate(site, 'longest');
          const shapeEnd = continuesToken(text, site.end) ? this.longerShapeEnd(site) : -1;
          if (shapeEnd !== -1) {
            from = shapeEnd;
            continue;
          }
        }
        f ??= this.classifyCandidate(m.text, shapes, site);
        // A shorter shape of another type may start where the column's own type does (a
        // landline in the first groups of an advertising ID under ifa): the longer one of the column's type wins.
        if (hinted && f?.entity !== hinted) f = this.longerCandidate(site, hinted) ?? f;
        f ??= this.longerCandidate(site);
        if (f) {
          add(f);
          from = Math.max(from, site.end);
        }
      }
    }
  }

  /**
   * Tries every type whose shape the candidate has (`shapeIndices`, into Catalogue.shapes);
   * the first that validates wins. Types the column or a nearby keyword names go first (an
   * IMEI in an IMEI column that also reads as a 15-digit resident ID is an IMEI), then the
   * rest in priority order.
   */
  private classifyCandidate(candidate: string, shapeIndices: number[], site: Site): Found | undefined {
    const { shapes } = this.opts.catalogue;
    const fitting: { entity: CompiledEntity; shapes: AnchoredShape[]; inContext: boolean }[] = [];
    // Shapes are in priority order of their types, so one pass groups them by type in that order.
    const had = shapeIndices.sort((a, b) => a - b);
    // A column named for a type whose shape the candidate has gives no other type context:
    // a resident ID with a wrong check digit under id_card_no is no bank card for the name's card.
    const headerIsContext = site.header !== '' && !had.some((i) => shapes[i].entity === site.hinted);
    for (const i of had) {
      const { entity, shape } = shapes[i];
      const last = fitting[fitting.length - 1];
      if (last?.entity === entity) last.shapes.push(shape);
      else fitting.push({ entity, shapes: [shape], inContext: isInContext(entity, site, headerIsContext) });
    }
    fitting.sort((a, b) => Number(b.inContext) - Number(a.inContext));
    let unverified: Found | undefined;
    let besideLinking: Found | undefined;
    for (const { entity, shapes: all, inContext } of fitting) {
      const shapes = all.some((s) => s.notAfter) ? withoutRuledOut(all, site) : all;
      const shape = shapes.find((s) => inContext || !s.requiresContext);
      if (!shape) {
        // In free text only: a column's whole value has its own by-value rules (byValue.ts), which its name may forbid (订单号).
        const rule = besideLinking || site.fieldName !== null ? undefined : shapes.find((s) => s.besideLinking)?.besideLinking;
        const f = rule && this.validate(entity, rule.validator, candidate, site.fieldName, site.header, rule.confidence, false);
        if (f) besideLinking = { ...f, onlyBesideLinkingIdentifier: true };
        continue;
      }
      const confidence = Math.min(1, shape.confidence + (inContext ? CONTEXT_BONUS : 0));
      const f = this.validate(entity, shape.validator, candidate, site.fieldName, site.header, confidence, shape.unverifiedWhenInvalid);
      if (f?.verified) return f;
      unverified ??= f;
    }
    // Out of context, a match its stricter check vouches for is the last resort, and counts
    // only if the record turns out to hold a linking identifier (detect()).
    return unverified ?? besideLinking;
  }

  /**
   * The first longer shape starting where a candidate that was nothing started (see
   * Catalogue.stickyText), or, with `wanted`, the first that is of that type, or, with
   * 'longest', the longest of them all.
   */
  private longerCandidate(site: Site, wanted?: CompiledEntity | 'longest'): Found | undefined {
    const { subject } = site;
    const startByte = subject.offset(site.start);
    const candidateBytes = subject.offset(site.end) - startByte;
    const tried = new Set<number>();
    let best: { f: Found; end: number } | undefined;
    for (const re of this.textShapesAt(site)) {
      // Tested on the bytes: only a longer span is read out as text and tried.
      re.lastIndex = startByte;
      if (!re.test(subject.bytes)) continue;
      const endByte = re.lastIndex;
      if (endByte - startByte <= candidateBytes || tried.has(endByte - startByte)) continue;
      tried.add(endByte - startByte);
      const end = subject.index(endByte);
      const candidate = subject.slice(startByte, endByte);
      const f = this.classifyCandidate(candidate, this.opts.catalogue.shapeSet.match(subject.bytes.subarray(startByte, endByte)), { ...site, end });
      if (!f || (wanted !== undefined && wanted !== 'longest' && f.entity !== wanted)) continue;
      if (wanted !== 'longest') {
        site.end = end;
        return f;
      }
      if (!best || end > best.end) best = { f, end };
    }
    if (best) site.end = best.end;
    return best?.f;
  }

  /** The text patterns that may match where the candidate starts, by priority (Catalogue.stickyTextSet). */
  private textShapesAt(site: Site): RE2[] {
    const { stickyText, stickyTextSet } = this.opts.catalogue;
    const { subject } = site;
    const from = subject.previous(subject.offset(site.start));
    return stickyTextSet
      .match(subject.bytes.subarray(from))
      .sort((a: number, b: number) => a - b)
      .map((i: number) => stickyText[i]);
  }

  /** Where the longest shape of any type that starts where the candidate does ends, if past the candidate (a UUID where a landline was read); else -1. */
  private longerShapeEnd(site: Site): number {
    const { subject } = site;
    let endByte = subject.offset(site.end);
    let longer = false;
    for (const re of this.textShapesAt(site)) {
      re.lastIndex = subject.offset(site.start);
      if (re.test(subject.bytes) && re.lastIndex > endByte) [endByte, longer] = [re.lastIndex, true];
    }
    return longer ? subject.index(endByte) : -1;
  }

  private checkField(field: Field, header: string, entity: CompiledEntity): Found | undefined {
    const value = field.value.trim();
    const bytes = new Utf8Text(value).bytes;
    const pattern = entity.field.find((p) => p.re.test(bytes));
    if (!pattern) return undefined;
    return this.validate(entity, pattern.validator, value, field.name, header, pattern.pattern.confidence, entity.spec.unverifiedWhenInvalid);
  }

  private validate(
    entity: CompiledEntity,
    validator: Validator | undefined,
    raw: string,
    fieldName: string | null,
    header: string,
    confidence: number,
    reportInvalid: boolean,
  ): Found | undefined {
    const normalised = entity.normalise(raw);
    const verified = validator ? validator(normalised, this.opts.dates) : true;
    if (!verified && !reportInvalid) return undefined;
    return { entity, field: fieldName, header, normalised, verified, confidence };
  }
}

/** Whether the text goes on at `end` with a hyphen and a letter or digit: the same token, not a new one. */
function continuesToken(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2d) return false;
  const c = text.charCodeAt(end + 1);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The shapes whose notAfter the text before the candidate does not end in; each distinct
 * notAfter is asked once, of the bytes of the last NOT_AFTER_CHARS characters (RE2 would copy a string).
 */
function withoutRuledOut(shapes: AnchoredShape[], site: Site): AnchoredShape[] {
  const { subject } = site;
  const before = subject.bytes.subarray(subject.offset(Math.max(0, site.start - NOT_AFTER_CHARS)), subject.offset(site.start));
  const ends = new Map<RE2, boolean>();
  const endsIn = (re: RE2): boolean => ends.get(re) ?? ends.set(re, re.test(before)).get(re)!;
  return shapes.filter((s) => !s.notAfter || !endsIn(s.notAfter));
}

/**
 * A type is in context when its column hints it, when the column name contains one of its
 * keywords (if `headerIsContext`), or when a keyword stands within its window on either side of the match
 * (a label before a value, 的身份证 after it).
 */
function isInContext(entity: CompiledEntity, site: Site, headerIsContext: boolean): boolean {
  if (entity === site.hinted) return true;
  if (entity.keywords.length === 0) return false;
  if (headerIsContext && entity.keywords.some((k) => site.header.includes(k))) return true;
  const reach = entity.spec.contextChars ?? DEFAULT_CONTEXT_CHARS;
  const before = site.text.slice(Math.max(0, site.start - reach), site.start).toLowerCase();
  const after = site.text.slice(site.end, site.end + reach).toLowerCase();
  return entity.keywords.some((k) => before.includes(k) || after.includes(k));
}

/** A value found in a line and again in a column of a row the line inserts is one finding, the line's. */
function onceEach(found: Found[], added: ReadonlySet<Field>): Found[] {
  const columns = new Set([...added].map((f) => f.name));
  return found.filter((f) => f.field === null || !columns.has(f.field) || !found.some((g) => g.field === null && g.entity === f.entity && g.normalised === f.normalised));
}

/** The masked, hashed form of a detection that may leave the worker. */
export function publicValue(f: Found): string {
  return mask(f.normalised, f.entity.spec.mask);
}
