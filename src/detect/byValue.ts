// Values found by their shape in columns whose name says nothing the catalogue knows. Every
// held-out vocabulary lost most of its names to spellings of 姓名 the catalogue had not seen
// (XM, xingming, CUST_NM …), while its identifiers held up; an address column spelt in an
// unknown way lost every address. So a type may say (spec byValue) that a whole value of
// its strict shape counts as one in a column no hint claims: a full address (a division
// name first, then a street, number or building), or a name (a known surname and one or two
// common given-name characters, not 张家口, not 高血压) — the latter only in a record about a
// person, one with a verified identifier that links a person (a mobile, a resident ID …),
// and never under a column whose name says it holds things (spec notByValue: 商品, 店铺 —
// 李宁 reads like a name). Confidence is the type's byValue confidence, below a named column.
import type { DataRecord } from '../types.js';
import type { AnchoredShape, Catalogue, CompiledEntity } from './catalogue.js';
import type { Found } from './detector.js';
import { headerVariants, normaliseHeader } from './headers.js';
import { BoundedCache } from './memo.js';
import { Utf8Text } from './utf8Text.js';
import type { DateContext } from './validators/calendarDate.js';
import type { Validator } from './validators/index.js';

/** Column names repeat on every row: the types each says it is not is kept, per catalogue. */
const thingColumns = new WeakMap<Catalogue, BoundedCache<ReadonlySet<CompiledEntity>>>();

/** The types a column's name rules out: a form of it holds one of the type's notByValue words (商品, 店铺 …). */
function typesRuledOut(name: string, catalogue: Catalogue): ReadonlySet<CompiledEntity> {
  let cache = thingColumns.get(catalogue);
  if (!cache) thingColumns.set(catalogue, (cache = new BoundedCache()));
  return cache.get(name, () => {
    const forms = headerVariants(name);
    return new Set(catalogue.byValue.filter((e) => (e.spec.notByValue ?? []).some((w) => forms.some((form) => form.includes(w)))));
  });
}

/**
 * What decides whether a whole value is of the type: the byValue validator, else for a type
 * with text shapes the validator of the shape the whole value has (an IMEI's, a MAC's) —
 * null when it has none of them (订单2026… is not a bank card for holding 16 digits) —
 * else the type's validator; undefined when nothing is to be checked.
 */
function validatorFor(entity: CompiledEntity, shapesOfValue: () => ReadonlySet<AnchoredShape>): Validator | undefined | null {
  const own = entity.byValue!.validator;
  if (entity.anchoredText.length === 0) return own ?? entity.validator;
  const had = shapesOfValue();
  const shape = entity.anchoredText.find((s) => had.has(s));
  return shape === undefined ? null : (own ?? shape.validator);
}

/** Every text shape a whole value has, from one pass of the catalogue's shape set (asked at most once per value). */
function shapesOf(catalogue: Catalogue, value: string): () => ReadonlySet<AnchoredShape> {
  let had: Set<AnchoredShape> | undefined;
  return () => (had ??= new Set(catalogue.shapeSet.match(new Utf8Text(value).bytes).map((i: number) => catalogue.shapes[i].shape)));
}

/**
 * The findings by value in a record's columns that no hint claims. `hinted` tells whether
 * a column name hints a type (or says it is not one: 商品名称 is a hint too, a negative one);
 * `found` is what the record's other passes found; a column with any finding is left alone.
 */
export function foundByValue(record: DataRecord, found: readonly Found[], catalogue: Catalogue, dates: DateContext, hinted: (name: string) => boolean): Found[] {
  if (catalogue.byValue.length === 0) return [];
  const linked = found.some((f) => f.verified && f.entity.spec.links);
  const out: Found[] = [];
  for (const field of record.fields) {
    if (field.name === null || field.damaged || field.value.trim().length === 0 || hinted(field.name)) continue;
    if (found.some((f) => f.field === field.name)) continue;
    const shapes = shapesOf(catalogue, field.value.trim());
    const ruledOut = typesRuledOut(field.name, catalogue);
    for (const entity of catalogue.byValue) {
      const rule = entity.byValue!;
      if ((rule.needsLinkingIdentifier && !linked) || ruledOut.has(entity)) continue;
      const validator = validatorFor(entity, shapes);
      if (validator === null) continue;
      const normalised = entity.normalise(field.value);
      if (validator && !validator(normalised, dates)) continue;
      out.push({ entity, field: field.name, header: normaliseHeader(field.name), normalised, verified: true, confidence: rule.confidence });
      break;
    }
  }
  return out;
}
