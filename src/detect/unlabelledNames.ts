// Names in columns whose name says nothing the catalogue knows. Every held-out vocabulary
// lost most of its names to spellings of 姓名 the catalogue had not seen (XM, xingming,
// CUST_NM …), while its identifiers held up. So a whole value shaped strictly like a name
// (validators/names.ts isNameByShape: not 张家口, not 高血压) counts as one when the record
// it stands in is about a person — it carries a verified identifier that links a person (a
// mobile, a resident ID …) — and its column's name does not say it holds things (商品, 店铺:
// a brand such as 李宁 reads like a name). Its confidence is below a name under a name
// column. A bare name in a record without such an identifier (a product list, a remark)
// is still not a finding.
import type { DataRecord } from '../types.js';
import type { CompiledEntity } from './catalogue.js';
import type { Found } from './detector.js';
import { headerVariants, normaliseHeader } from './headers.js';
import { isNameByShape } from './validators/names.js';

/** Below a name under a name column (0.85) and a labelled one (0.7–0.8): the column does not say so. */
export const UNLABELLED_NAME_CONFIDENCE = 0.6;

/** Whether a form of the column name says it holds things, not people (spec notByValue: 商品, shop). */
function namesAThing(name: string, nameEntity: CompiledEntity): boolean {
  const words = nameEntity.spec.notByValue ?? [];
  return headerVariants(name).some((form) => words.some((w) => form.includes(w)));
}

/**
 * The names found by value in a record's columns that no hint claims. `hinted` tells whether
 * a column name hints a type (or says it is not one: 商品名称 is a hint too, a negative one);
 * `found` is what the record's other passes found.
 */
export function unlabelledNames(record: DataRecord, found: readonly Found[], nameEntity: CompiledEntity | undefined, hinted: (name: string) => boolean): Found[] {
  if (!nameEntity || !found.some((f) => f.verified && f.entity.spec.links)) return [];
  const out: Found[] = [];
  for (const field of record.fields) {
    if (field.name === null || field.damaged || hinted(field.name) || !isNameByShape(field.value)) continue;
    if (found.some((f) => f.field === field.name) || namesAThing(field.name, nameEntity)) continue;
    out.push({ entity: nameEntity, field: field.name, header: normaliseHeader(field.name), normalised: nameEntity.normalise(field.value), verified: true, confidence: UNLABELLED_NAME_CONFIDENCE });
  }
  return out;
}
