// Gives a personal record its one legal category: the most sensitive one its column
// names (with a value), the values of columns nothing else explains (a hotel's name, a
// diagnosis), its free text (words and line shapes) or the entity types found in it (a
// waybill number is a transaction) give evidence for; general when there is none.
import type { Found } from '../detect/detector.js';
import { headerVariants, simplified } from '../detect/headers.js';
import type { CategoryId, DataRecord } from '../types.js';
import { CATEGORY_IDS } from '../types.js';
import type { Vocabulary } from './vocabulary.js';

const TIER_RANK = { A: 0, B: 1, C: 2 } as const;

/** `found` is what the detector found in the record: its types' categories, and the columns they claim. */
export function classify(record: DataRecord, vocabulary: Vocabulary, found: readonly Found[] = []): CategoryId {
  const evidence = new Set<CategoryId>();
  for (const f of found) if (f.verified && f.entity.spec.category) evidence.add(f.entity.spec.category);
  for (const field of record.fields) {
    if (field.value.trim().length === 0) continue;
    if (field.name === null) {
      for (const c of textEvidence(field.value, vocabulary)) evidence.add(c);
      continue;
    }
    // Every form of a column name (headers.ts headerVariants): BAL_AMT says balance only written out.
    const named = headerVariants(field.name).flatMap((h) => vocabulary.headers.matchAll(h));
    for (const c of named) evidence.add(c);
    // A column whose name says nothing and that holds no entity may say it by its value.
    if (named.length === 0 && !found.some((f) => f.field === field.name)) {
      for (const c of vocabulary.valueEvidence(field.name, field.value.trim())) evidence.add(c);
    }
  }
  let best: CategoryId = 'general';
  for (const c of CATEGORY_IDS) {
    if (evidence.has(c) && rank(c, vocabulary) < rank(best, vocabulary)) best = c;
  }
  return best;
}

function rank(c: CategoryId, vocabulary: Vocabulary): number {
  return TIER_RANK[vocabulary.tierOf[c]] * 100 + CATEGORY_IDS.indexOf(c);
}

/** Words first; a line's shape (a chat line) is weaker evidence, used only when no word says anything. */
function textEvidence(text: string, vocabulary: Vocabulary): readonly CategoryId[] {
  // Folded to simplified characters like column names: 來電反映包裹遺失 says 包裹 too.
  const found = vocabulary.keywords.matchAll(simplified(text.toLowerCase()));
  if (found.length > 0) return found;
  return vocabulary.textPatterns.filter((p) => p.re.test(text)).map((p) => p.category);
}
