// Values found by their shape in columns whose name says nothing the catalogue knows, and
// strongly shaped types in columns named for a type the value is not (户口号码 reads as a
// phone's 号码, and holds a card). Every
// held-out vocabulary lost most of its names to spellings of 姓名 the catalogue had not seen
// (XM, xingming, CUST_NM …), while its identifiers held up; an address column spelt in an
// unknown way lost every address. So a type may say (spec byValue) that a whole value of
// its strict shape counts as one in a column no finding claims: a full address (a division
// name first, then a street, number or building), or a name (a known surname and one or two
// common given-name characters, not 张家口, not 高血压) — the latter only in a record about a
// person, one with a verified identifier that links a person (a mobile, a resident ID …),
// and never under a column whose name says it holds things (spec notByValue: 商品, 店铺 —
// 李宁 reads like a name). Confidence is the type's byValue confidence, below a named column.
import type { DataRecord, Field } from '../types.js';
import type { AnchoredShape, Catalogue, CompiledEntity } from './catalogue.js';
import type { Found } from './detector.js';
import { headerVariants, normaliseHeader } from './headers.js';
import { delimitedCells, type KeyValue } from './keyValues.js';
import { BoundedCache } from './memo.js';
import { Utf8Text } from './utf8Text.js';
import type { DateContext } from './validators/calendarDate.js';
import type { Validator } from './validators/index.js';

/**
 * The types a value may be found as by value under a column (or a free-text pair's key) of
 * a name, in priority order. Names repeat on every row and line: each name's list is kept,
 * per catalogue and per kind of place (a column, a pair's key).
 */
const typesUnder = new WeakMap<Catalogue, { column: BoundedCache<readonly CompiledEntity[]>; pairKey: BoundedCache<readonly CompiledEntity[]> }>();

/**
 * What a column's name lets be found by value in it: nothing when it says it holds none of
 * the catalogue's types; when it is named for a type the value turned out not to be, only
 * types whose shape stands on its own (spec underOtherHints: a card number under 户口号码),
 * not names or addresses (王家 under 地址); else every type none of whose notByValue words
 * (商品, 店铺 …) a form of the name holds. A pair's key, for names only: an identifier's key
 * is the context the scanner reads it with already.
 */
function byValueTypes(name: string, place: 'column' | 'pairKey', hintOf: (name: string) => ColumnHint, catalogue: Catalogue): readonly CompiledEntity[] {
  let caches = typesUnder.get(catalogue);
  if (!caches) typesUnder.set(catalogue, (caches = { column: new BoundedCache(), pairKey: new BoundedCache() }));
  return caches[place].get(name, () => {
    const hint = hintOf(name);
    if (hint === 'isNot') return [];
    const forms = headerVariants(name);
    return catalogue.byValue.filter(
      (e) =>
        (place === 'column' || e.spec.kind === 'name') &&
        (hint === 'is' ? e.byValue!.underOtherHints : !(e.spec.notByValue ?? []).some((w) => forms.some((form) => form.includes(w)))),
    );
  });
}

/**
 * What decides whether a whole value is of the type: with a byValue shape of its own, the
 * value must have it (null when not); the byValue validator, else for a type with text
 * shapes the validator of the shape the whole value has (an IMEI's, a MAC's) — null when it
 * has none of them (订单2026… is not a bank card for holding 16 digits) — else the type's
 * validator; undefined when nothing is to be checked.
 */
function validatorFor(entity: CompiledEntity, bytes: Buffer, shapesOfValue: () => ReadonlySet<AnchoredShape>): Validator | undefined | null {
  const { validator: own, shape: ownShape } = entity.byValue!;
  if (ownShape) return ownShape.test(bytes) ? (own ?? entity.validator) : null;
  if (entity.anchoredText.length === 0) return own ?? entity.validator;
  const had = shapesOfValue();
  const shape = entity.anchoredText.find((s) => had.has(s));
  return shape === undefined ? null : (own ?? shape.validator);
}

/** Every text shape a whole value (its UTF-8 bytes) has, from one pass of the catalogue's shape set (asked at most once per value). */
function shapesOf(catalogue: Catalogue, bytes: Buffer): () => ReadonlySet<AnchoredShape> {
  let had: Set<AnchoredShape> | undefined;
  return () => (had ??= new Set(catalogue.shapeSet.match(bytes).map((i: number) => catalogue.shapes[i].shape)));
}

/**
 * The findings by value in a record's columns that no hint claims, and in the cells of a
 * free-text line that is a delimited record. `hintOf` tells what a column's name says; `found`
 * is what the record's other passes found; a column or cell with any finding is left alone.
 */
export function foundByValue(
  record: DataRecord,
  found: readonly Found[],
  catalogue: Catalogue,
  dates: DateContext,
  hintOf: (name: string) => ColumnHint,
  pairsOf: (field: Field) => readonly KeyValue[],
): Found[] {
  if (catalogue.byValue.length === 0) return [];
  const linked = holdsLinkingIdentifier(found);
  const out: Found[] = [];
  const add = (f: Found | undefined): void => void (f && out.push(f));
  for (const field of record.fields) {
    if (field.damaged || field.value.trim().length === 0) continue;
    if (field.name === null) {
      // A cell or a pair's value by value is of use only beside a person's identifier: a line without one is skipped whole.
      if (!linked) continue;
      const inText = (value: string): boolean => found.some((f) => f.field === null && (value.includes(f.normalised) || f.normalised.includes(value)));
      for (const cell of delimitedCells(field.value)) {
        if (!inText(cell)) add(valueFinding(cell, null, catalogue.byValue, linked, catalogue, dates));
      }
      // A pair's key is read as a column name is ("nick":"白国" as a nickname column).
      for (const { key, value } of pairsOf(field)) {
        const types = byValueTypes(key, 'pairKey', hintOf, catalogue);
        const v = types.length === 0 ? '' : value.trim();
        if (v.length > 0 && !inText(v)) add(valueFinding(v, null, types, linked, catalogue, dates));
      }
    } else if (!found.some((f) => f.field === field.name)) {
      const types = byValueTypes(field.name, 'column', hintOf, catalogue);
      if (types.length > 0) add(valueFinding(field.value.trim(), field.name, types, linked, catalogue, dates));
    }
  }
  return out;
}

/** Whether a record is about a person: it holds a verified identifier that links one (a mobile, a resident ID …). */
export function holdsLinkingIdentifier(found: readonly Found[]): boolean {
  return found.some((f) => f.verified && f.entity.spec.links);
}

/**
 * What a column's name says: nothing the catalogue knows, that it holds a type (户口号码, read
 * as a phone's 号码), or that it holds none (商品名称).
 */
export type ColumnHint = 'none' | 'is' | 'isNot';

/** The first of `types` (by priority) that a whole value is by its shape. */
function valueFinding(value: string, column: string | null, types: readonly CompiledEntity[], linked: boolean, catalogue: Catalogue, dates: DateContext): Found | undefined {
  // Encoded once for every RE2 asked of it (given a string, node-re2 copies it on each call);
  // the validators below make no Utf8Text of their own, so the scratch bytes hold.
  const bytes = new Utf8Text(value).bytes;
  const shapes = shapesOf(catalogue, bytes);
  for (const entity of types) {
    const byValue = entity.byValue!;
    if (byValue.needsLinkingIdentifier && !linked) continue;
    const validator = validatorFor(entity, bytes, shapes);
    if (validator === null) continue;
    const normalised = entity.normalise(value);
    if (validator && !validator(normalised, dates)) continue;
    return { entity, field: column, header: column === null ? '' : normaliseHeader(column), normalised, verified: true, confidence: byValue.confidence };
  }
  return undefined;
}
